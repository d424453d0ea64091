package org.evalsheet.serve;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Who may see the round (访问口令): with a token, the board, file pages, downloads and {@code /api/round} need it,
 * given once as {@code ?token=} (then kept in an HttpOnly, SameSite=Strict cookie), as {@code Authorization:
 * Bearer}, or as the cookie; the self-check needs nothing. Without a token (loopback) everyone on this machine may.
 */
final class Access {
  static final String COOKIE = "evalsheet_token";
  private final String token;

  /** @param token the token, or null when the server listens on loopback only */
  Access(String token) {
    this.token = token;
  }

  boolean open() {
    return token == null;
  }

  /** Whether the request carries the token (or none is needed). */
  boolean allowed(Context ctx) {
    if (token == null) {
      return true;
    }
    String auth = ctx.header("Authorization");
    if (auth != null && auth.startsWith("Bearer ") && same(auth.substring(7).strip())) {
      return true;
    }
    return same(ctx.queryParam("token")) || same(ctx.cookie(COOKIE));
  }

  /** Whether the token came in the URL, so the page should set the cookie and drop it from the address bar. */
  boolean inQuery(Context ctx) {
    return token != null && same(ctx.queryParam("token"));
  }

  private boolean same(String given) {
    return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
        token.getBytes(StandardCharsets.UTF_8));
  }
}
