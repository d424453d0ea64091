/**
 * The generator of the bundled sample workbooks (样例工作簿) under {@code sample-workbooks/}, run by hand through
 * {@code sample-workbooks/make/make-all.sh}, and their expected outcomes ({@link SampleExpectations}) for golden
 * tests. Test code only; it touches no production package but the model it never needs.
 */
package org.evalsheet.testing.samples;
