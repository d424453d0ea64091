package org.evalsheet.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every text from a workbook or a request reaches the page as text (转义). */
class HtmlTest {

  @Test
  void scriptInACellIsText() {
    assertThat(Html.esc("<script>alert('x')</script>"))
        .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
  }

  @Test
  void imageWithOnerrorIsText() {
    String html = new Html().el("td", "<img src=x onerror=\"alert(1)\">", "title", "\"><img src=x onerror=alert(2)>")
        .toString();
    assertThat(html).doesNotContain("<img").contains("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;")
        .contains("title=\"&quot;&gt;&lt;img src=x onerror=alert(2)&gt;\"");
  }

  @Test
  void ampersandsAndControlCharactersAreSafe() {
    assertThat(Html.esc("A&B\u0000\u001b")).isEqualTo("A&amp;B  ");
    assertThat(Html.esc("第一行\n第二行")).isEqualTo("第一行\n第二行");
    assertThat(Html.esc(null)).isEmpty();
  }

  @Test
  void aNullAttributeIsLeftOut() {
    assertThat(new Html().el("a", "x", "href", "/", "aria-current", null).toString()).isEqualTo("<a href=\"/\">x</a>");
  }
}
