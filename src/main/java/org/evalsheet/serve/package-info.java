/**
 * The browser side (网页服务): a local web server that watches the inbox as {@code watch} does and shows the round
 * board, each file's page and the departments' self-check, with downloads and a small JSON API. Sits between
 * {@code batch} and {@code cli}: it runs the pipeline and the watcher through their public hooks, renders every page
 * on the server with each workbook text escaped, and prints nothing (the command line does).
 */
package org.evalsheet.serve;
