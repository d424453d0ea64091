/**
 * Bureaus' rules (评分规则): the built-in profiles and the YAML/JSON reader of a bureau's own file, each bad key
 * named. Depends on {@code model} only; validation, review and scoring take the profile they are given and may use
 * the built-in default from here.
 */
package org.evalsheet.profile;
