package cn.oneteam.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;

/**
 * The map (docs/adr/0052-the-map.md): the 海西 leader opens it from the analytics hub; the seven counties of 海西 are
 * drawn in six outlines (fetched gzipped) on a canvas with a legend named by the measure and the demo's events as clustered points
 * asked for the view on screen; switching the measure redraws the legend; in English the labels follow; a county one level down says its townships
 * sit inside its outline.
 */
class MapJourneyTest extends BrowserJourney {

	private static final String CHART = "echarts.getInstanceByDom(document.getElementById('territory-map'))";

	private Object option(String path) {
		return page.evaluate(CHART + ".getOption()." + path);
	}

	/**
	 * Polls from the test: a string predicate of waitForFunction is evaluated in the page by eval whenever it has to
	 * poll, which the page's CSP refuses; page.evaluate is not subject to it.
	 */
	private void waitForOutlinesAndPoints() {
		String drawn = CHART + " && " + CHART + ".getOption().series && " + CHART
				+ ".getOption().series.length === 2 && " + CHART + ".getOption().series[1].data.length > 0";
		for (int tries = 0; !Boolean.TRUE.equals(page.evaluate("() => Boolean(" + drawn + ")")); tries++) {
			if (tries == 300) {
				throw new AssertionError("the map drew no outlines and points in 30 s");
			}
			page.waitForTimeout(100);
		}
	}

	@Test
	void theLeaderSeesHaixiColouredByAMeasureWithClusteredEventsAndSwitchesMeasureAndLanguage() throws Exception {
		signIn("hx.leader");
		page.navigate(url("/analytics"));
		Response outlines = page.waitForResponse(r -> r.url().contains("/boundaries/6328.geojson"),
				() -> page.click("#hub-map"));
		assertThat(outlines.headerValue("content-encoding")).isEqualTo("gzip");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#map-heading")).hasText("海西蒙古族藏族自治州地图");
		assertThat(page.locator("#territory-map canvas").first()).isVisible();
		waitForOutlinesAndPoints();
		assertThat(((Number) page.evaluate(CHART + ".getOption().series[0].data.length")).intValue()).isEqualTo(6);
		assertThat(option("visualMap[0].text[0]")).isEqualTo("受理事件数");
		assertThat(page.locator("#map-areas tbody tr[data-area]")).hasCount(7);
		int clustered = ((Number) page.evaluate(CHART
				+ ".getOption().series[1].data.reduce((sum, point) => sum + point[2], 0)")).intValue();
		assertThat(clustered).isPositive();
		// the points are asked for the view on screen: a box of four degrees inside 海西's extent
		String asked = (String) page.evaluate("performance.getEntriesByType('resource').map(e => e.name)"
				+ ".filter(n => n.includes('/map/points')).pop()");
		String[] box = URLDecoder.decode(asked.replaceAll(".*[?&]bbox=([^&]*).*", "$1"),
				StandardCharsets.UTF_8).split(",");
		assertThat(box).hasSize(4);
		assertThat(Double.parseDouble(box[0])).isBetween(85.0, 100.0);
		assertThat(Double.parseDouble(box[2])).isBetween(Double.parseDouble(box[0]), 105.0);
		screenshot("map-haixi");

		page.selectOption("#map-measure", "inspections");
		page.waitForURL(url -> url.contains("measure=inspections"));
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#map-measure-caption")).containsText("检查次数");
		waitForOutlinesAndPoints();
		assertThat(option("visualMap[0].text[0]")).isEqualTo("检查次数");

		page.navigate(url(page.locator("#lang-en").getAttribute("href")));
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#map-heading")).hasText("Map of 海西蒙古族藏族自治州");
		assertThat(page.locator("#map-measure-caption")).containsText("Inspections");
		assertThat(page.locator("#map-outline-level")).containsText("AMap");
		waitForOutlinesAndPoints();
		assertThat(option("visualMap[0].text[0]")).isEqualTo("Inspections");
		AxeCheck.assertAccessible(page, "/analytics/map [en]");

		page.click("#map-areas tr[data-area='632802'] a");
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#map-heading")).hasText("Map of 德令哈市");
		assertThat(page.locator("#map-finer")).isVisible();
		assertThat(page.locator("#map-up")).isVisible();
	}
}
