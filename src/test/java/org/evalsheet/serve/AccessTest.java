package org.evalsheet.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.evalsheet.model.ReadLimits;
import org.evalsheet.testing.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Beyond loopback the round needs the token; the self-check never does (访问口令). */
class AccessTest {
  private static final String TOKEN = "test-token-1234567890";

  @Test
  void onlyLoopbackAddressesGoWithoutAToken() {
    assertThat(ServeOptions.loopback("127.0.0.1")).isTrue();
    assertThat(ServeOptions.loopback("localhost")).isTrue();
    assertThat(ServeOptions.loopback("::1")).isTrue();
    assertThat(ServeOptions.loopback("0.0.0.0")).isFalse();
    assertThat(ServeOptions.loopback("192.168.1.20")).isFalse();
    assertThat(Tokens.newToken()).hasSize(22).isNotEqualTo(Tokens.newToken());
  }

  @Test
  void theRoundNeedsTheTokenAndTheSelfCheckDoesNot(@TempDir Path tmp) throws Exception {
    try (ServeFixture f = ServeFixture.empty(tmp, ReadLimits.DEFAULT, TOKEN, 4)) {
      for (String path : new String[] {"/", "/file?name=x.xlsx", "/files/summary.xlsx", "/api/round"}) {
        HttpResponse<String> r = f.get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(403);
      }
      assertThat(f.get("/").body()).contains("需要访问口令").doesNotContain(TOKEN);
      assertThat(f.get("/api/round").body()).contains("error");
      assertThat(f.get("/?token=wrong").statusCode()).isEqualTo(403);

      HttpResponse<String> enter = f.get("/?token=" + TOKEN);
      assertThat(enter.statusCode()).isEqualTo(302);
      assertThat(enter.headers().firstValue("Location")).hasValue("/");
      String cookie = enter.headers().firstValue("Set-Cookie").orElseThrow();
      assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Strict");
      assertThat(f.get("/", "Cookie", cookie.substring(0, cookie.indexOf(';'))).statusCode()).isEqualTo(200);
      assertThat(f.get("/api/round", "Authorization", "Bearer " + TOKEN).statusCode()).isEqualTo(200);
      HttpResponse<String> deep = f.get("/file?name=" + Layout.q("a b.xlsx") + "&token=" + TOKEN);
      assertThat(deep.headers().firstValue("Location")).hasValue("/file?name=a+b.xlsx");

      assertThat(f.get("/check").statusCode()).isEqualTo(200);
      assertThat(f.get("/check").body()).doesNotContain("本轮提交</a>");
      byte[] seed = ServeFixture.read(ProjectFiles.samples().resolve("指标体系-青岛市人民政府办公厅.xlsx"));
      assertThat(f.upload("/api/check", "file", "seed.xlsx", seed).statusCode()).isEqualTo(200);
    }
  }
}
