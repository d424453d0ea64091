package org.evalsheet.serve;

import java.security.SecureRandom;
import java.util.Base64;

/** Access tokens (访问口令) for a server that listens beyond this machine. */
public final class Tokens {
  private Tokens() {}

  /** A new random token: 128 bits from a secure source, URL-safe, 22 characters. */
  public static String newToken() {
    byte[] b = new byte[16];
    new SecureRandom().nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
