/**
 * Reading: opens untrusted workbooks safely and turns every indicator table in them into model records. The only
 * package that touches input cells; it knows the model and nothing after it.
 */
package org.evalsheet.read;
