package org.evalsheet.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.evalsheet.testing.ProjectFiles;
import org.evalsheet.testing.SeedWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real browser (浏览器测试): Debian's Chromium, headless, through chromedriver. Skipped, with the
 * reason, only where the browser is not installed. Screenshots go to {@code target/screenshots/}; with
 * {@code -Devalsheet.docs=true} they also replace the README's under {@code docs/}.
 */
class BrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final String COMMERCE = "青岛市商务局外贸发展专项资金绩效自评表.xlsx";

  @TempDir
  static Path tmp;
  static ServeFixture f;
  static WebDriver driver;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "跳过浏览器测试：没有安装 chromium 和 chromium-driver（.ci/run 会用 apt 安装）/ skipped: no Chromium here");
    f = ServeFixture.sampleRound(tmp.resolve("round"));
    ChromeOptions o = new ChromeOptions();
    o.setBinary(CHROMIUM.toFile());
    o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
        "--user-data-dir=" + Files.createDirectories(tmp.resolve("chromium-profile")), "--lang=zh-CN",
        "--window-size=1400,1000", "--hide-scrollbars");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().build();
    driver = new ChromeDriver(service, o);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (f != null) {
      f.close();
    }
  }

  private static WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  private static List<WebElement> rows() {
    return driver.findElements(By.cssSelector("table.board tbody tr"));
  }

  @Test
  void theBoardListsTheRoundAndFiltersIt() throws Exception {
    driver.manage().window().setSize(new Dimension(1400, 1080));
    driver.get(f.base() + "/");
    assertThat(rows()).hasSizeGreaterThanOrEqualTo(20);
    assertThat(rows().get(0).getAttribute("data-status")).isEqualTo("return");
    screenshot("board");

    driver.findElement(By.linkText("需退回（2）")).click();
    waiting().until(d -> rows().size() == 2);
    assertThat(rows()).allSatisfy(r -> assertThat(r.getAttribute("data-status")).isEqualTo("return"));
    assertThat(driver.getCurrentUrl()).contains("filter=return");

    driver.findElement(By.linkText("全部（21）")).click();
    waiting().until(d -> rows().size() == 21);
    driver.findElement(By.id("q")).sendKeys("教育");
    waiting().until(d -> rows().size() == 1);
    assertThat(rows().get(0).getText()).contains("青岛市教育局");

    driver.findElement(By.linkText("未提交（1）")).click();
    waiting().until(d -> rows().isEmpty());
    assertThat(driver.findElement(By.cssSelector("#board .empty")).getText()).contains("教育");
  }

  @Test
  void aRowOpensTheFilePageWithTheProblemCellsMarked() throws Exception {
    driver.manage().window().setSize(new Dimension(1400, 1800));
    driver.get(f.base() + "/?filter=return");
    driver.findElement(By.linkText("青岛市人力资源和社会保障局就业补助资金绩效自评表 修改版.xlsx")).click();
    waiting().until(d -> d.getCurrentUrl().contains("/file?name="));
    WebElement total = driver.findElement(By.id("t0-I23"));
    assertThat(total.getAttribute("class")).contains("err");
    assertThat(driver.findElement(By.id("t0-B15")).getAttribute("class")).contains("err");
    assertThat(driver.findElement(By.tagName("main")).getText()).contains("合计行得分 94.15", "需退回");
    screenshot("file");
  }

  @Test
  void theSelfCheckShowsTheFindingsWithTheCellMarked() throws Exception {
    driver.manage().window().setSize(new Dimension(1400, 1500));
    Path upload = tmp.resolve("upload").resolve(COMMERCE);
    Files.createDirectories(upload.getParent());
    Files.copy(ProjectFiles.samples().resolve("submissions").resolve(COMMERCE), upload,
        StandardCopyOption.REPLACE_EXISTING);
    driver.get(f.base() + "/check");
    assertThat(driver.findElement(By.tagName("main")).getText()).contains("这里只做检查，不是提交");
    driver.findElement(By.id("files")).sendKeys(upload.toString());
    WebElement cell = waiting().until(d -> d.findElements(By.cssSelector("#results #t0-J9")).stream().findFirst()
        .orElse(null));
    assertThat(cell.getAttribute("class")).contains("err");
    assertThat(driver.findElement(By.id("results")).getText()).contains("超过权重", "下载填好的副本");
    assertThat(driver.findElement(By.id("check-status")).getText()).contains("检查完成");
    screenshot("check");
  }

  @Test
  void aScriptInACellIsShownAsText() throws Exception {
    driver.manage().window().setSize(new Dimension(1400, 1000));
    Path hostile = new SeedWorkbook()
        .set(0, 2, "<script>window.__xss=1</script>")
        .set(1, 2, "<img src=x onerror=\"window.__xss=2\">")
        .write(Files.createDirectories(tmp.resolve("xss")).resolve("<b>注入<i>.xlsx"));
    driver.get(f.base() + "/check");
    driver.findElement(By.id("files")).sendKeys(hostile.toString());
    waiting().until(d -> d.findElements(By.cssSelector("#results table.sheet")).size() == 1);
    String text = driver.findElement(By.id("results")).getText();
    assertThat(text).contains("<script>window.__xss=1</script>", "<img src=x onerror=\"window.__xss=2\">",
        "b注入i.xlsx");
    assertThat(driver.findElements(By.cssSelector("#results img, #results script, #results b, #results i"))).isEmpty();
    assertThat(((JavascriptExecutor) driver).executeScript("return typeof window.__xss")).isEqualTo("undefined");
    screenshot("escaped");
  }

  @Test
  void theBoardUpdatesItselfWhenAFileArrives() throws Exception {
    try (ServeFixture own = ServeFixture.empty(tmp.resolve("arrivals"), org.evalsheet.model.ReadLimits.DEFAULT, null,
        4)) {
      driver.get(own.base() + "/");
      waiting().until(d -> d.findElements(By.cssSelector("#board .counts")).size() == 1);
      assertThat(rows()).isEmpty();
      ((JavascriptExecutor) driver).executeScript("window.__stayed = 1");
      Files.copy(ProjectFiles.samples().resolve("submissions").resolve(COMMERCE), own.inbox.resolve(COMMERCE));
      waiting().until(d -> rows().size() == 1);
      assertThat(rows().get(0).getText()).contains("青岛市商务局", "需退回");
      assertThat(((JavascriptExecutor) driver).executeScript("return window.__stayed")).isEqualTo(1L);
    }
  }

  @Test
  void theKeyboardReachesTheSkipLinkFirst() {
    driver.get(f.base() + "/");
    driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
    WebElement focused = driver.switchTo().activeElement();
    assertThat(focused.getText()).isEqualTo("跳到正文");
  }

  private static void screenshot(String name) throws Exception {
    Path png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
    Path dir = Files.createDirectories(ProjectFiles.root().resolve("target/screenshots"));
    Files.copy(png, dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    if (Boolean.getBoolean("evalsheet.docs") && List.of("board", "file", "check").contains(name)) {
      Path docs = Files.createDirectories(ProjectFiles.root().resolve("docs/screenshots"));
      Files.copy(png, docs.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
