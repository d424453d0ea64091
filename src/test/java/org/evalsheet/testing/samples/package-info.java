/**
 * The generator of the bundled sample workbooks (样例工作簿) under {@code sample-workbooks/}, run by hand through
 * {@code sample-workbooks/make/make-all.sh} and never by the test suite, and their expected outcomes
 * ({@link org.evalsheet.testing.samples.SampleExpectations}) for golden tests. Test code: it writes workbooks with
 * POI and uses no production package.
 */
package org.evalsheet.testing.samples;
