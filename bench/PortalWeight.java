import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The weight of the public portal's main pages (docs/adr/0047-accessible-public-pages.md): for each page, the HTML's
 * bytes and the page's total with every stylesheet, script, image and font it loads (found in the HTML's link, script
 * and img elements and in the stylesheets' url(...)), each counted once per page, as the server sends them — once
 * asking for no compression, once accepting gzip (what a browser does) — a first visit, nothing cached — and the
 * bytes of a second visit, as the answers' Cache-Control and validators allow. Also says whether the server
 * compressed anything. Usage: {@code java bench/PortalWeight.java BASE_URL [LANG=zh-CN]}.
 */
public class PortalWeight {

	/** The pages the portal journey walks (src/test/java/cn/oneteam/e2e/PublicPortalJourneyTest.java). */
	static final List<String> PAGES = List.of("/public", "/public/officers", "/public/officers/QH6328020001",
			"/public/qualifications", "/public/bodies", "/public/bodies/{body}/matters", "/public/empowerment",
			"/public/inspections/codes", "/public/inspections/draws", "/public/inspections/results",
			"/public/supervision/complaints", "/public/report", "/public/track");

	private static final Pattern LINK = Pattern.compile("<link\\b[^>]*\\bhref=\"([^\"]+)\"[^>]*>");

	private static final Pattern SCRIPT = Pattern.compile("<script\\b[^>]*\\bsrc=\"([^\"]+)\"");

	private static final Pattern IMG = Pattern.compile("<img\\b[^>]*\\bsrc=\"([^\"]+)\"");

	private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)");

	private static final Pattern BODY = Pattern.compile("data-body=\"(\\d+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(10))
		.followRedirects(HttpClient.Redirect.NORMAL)
		.build();

	private final String base;

	private final String lang;

	private boolean compressed;

	PortalWeight(String base, String lang) {
		this.base = base;
		this.lang = lang;
	}

	/**
	 * A resource's body bytes on the wire (java.net.http never decompresses), its text (decoded if it came gzipped), and
	 * the body bytes of a browser's second visit: nothing stored under no-store; otherwise a conditional request on the
	 * validators (ETag, Last-Modified), whose 304 has no body.
	 */
	record Fetched(long wire, String text, long again) {
	}

	Fetched fetch(URI uri, boolean gzip) throws Exception {
		HttpResponse<byte[]> response = send(uri, gzip, Map.of());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(uri + " answered " + response.statusCode());
		}
		long again = response.body().length;
		String cacheControl = response.headers().firstValue("Cache-Control").orElse("");
		if (!cacheControl.contains("no-store")) {
			Map<String, String> validators = new LinkedHashMap<>();
			response.headers().firstValue("ETag").ifPresent(etag -> validators.put("If-None-Match", etag));
			response.headers()
				.firstValue("Last-Modified")
				.ifPresent(modified -> validators.put("If-Modified-Since", modified));
			if (!validators.isEmpty()) {
				again = send(uri, gzip, validators).body().length;
			}
		}
		byte[] body = response.body();
		boolean gzipped = response.headers().firstValue("Content-Encoding").orElse("").contains("gzip");
		compressed |= gzipped;
		byte[] plain = gzipped
				? new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body)).readAllBytes() : body;
		return new Fetched(body.length, new String(plain, StandardCharsets.UTF_8), again);
	}

	private HttpResponse<byte[]> send(URI uri, boolean gzip, Map<String, String> headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
		request.header("Accept-Encoding", gzip ? "gzip" : "identity");
		request.header("Cookie", "ONETEAM_LANG=" + lang);
		headers.forEach(request::header);
		return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/** The page's HTML bytes and its total with what it loads, as the server sends them with or without gzip. */
	long[] weigh(String path, boolean gzip) throws Exception {
		URI page = URI.create(base + path);
		Fetched html = fetch(page, gzip);
		Set<URI> loads = new LinkedHashSet<>();
		for (Pattern pattern : List.of(LINK, SCRIPT, IMG)) {
			Matcher m = pattern.matcher(html.text());
			while (m.find()) {
				if (pattern != LINK || m.group(0).contains("stylesheet") || m.group(0).contains("icon")) {
					add(loads, page, m.group(1));
				}
			}
		}
		long total = html.wire();
		long again = html.again();
		Set<URI> seen = new LinkedHashSet<>();
		List<URI> queue = new ArrayList<>(loads);
		while (!queue.isEmpty()) {
			URI uri = queue.remove(0);
			if (!seen.add(uri)) {
				continue;
			}
			Fetched resource = fetch(uri, gzip);
			total += resource.wire();
			again += resource.again();
			if (uri.getPath().endsWith(".css")) {
				Matcher m = CSS_URL.matcher(resource.text());
				Set<URI> inner = new LinkedHashSet<>();
				while (m.find()) {
					add(inner, uri, m.group(1));
				}
				queue.addAll(inner);
			}
		}
		return new long[] { html.wire(), total, seen.size(), again };
	}

	private void add(Set<URI> loads, URI from, String reference) {
		String ref = reference.replace("&amp;", "&");
		if (ref.startsWith("data:") || ref.startsWith("#")) {
			return; // inline: already counted in the document that carries it
		}
		URI uri = from.resolve(ref);
		if (uri.getHost() != null && uri.getHost().equals(from.getHost())) {
			loads.add(URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath()));
		}
	}

	public static void main(String[] args) throws Exception {
		PortalWeight weight = new PortalWeight(args[0].replaceAll("/$", ""), args.length > 1 ? args[1] : "zh-CN");
		Matcher body = BODY.matcher(weight.fetch(URI.create(weight.base + "/public/bodies"), false).text());
		String bodyId = body.find() ? body.group(1) : "0";
		Map<String, long[][]> rows = new LinkedHashMap<>();
		for (String path : PAGES) {
			String real = path.replace("{body}", bodyId);
			rows.put(path, new long[][] { weight.weigh(real, false), weight.weigh(real, true) });
		}
		System.out.printf("portal page weight (%s, %s): body bytes as sent (headers not counted); gz = answered to "
				+ "Accept-Encoding: gzip; revisit = the same page again with what the browser may keep%n", weight.base,
				weight.lang);
		System.out.printf("%-32s %9s %9s %11s %11s %5s %11s%n", "page", "html", "html gz", "total", "total gz", "files",
				"revisit gz");
		long[] sums = new long[5];
		for (Map.Entry<String, long[][]> row : rows.entrySet()) {
			long[] plain = row.getValue()[0];
			long[] gz = row.getValue()[1];
			System.out.printf("%-32s %9d %9d %11d %11d %5d %11d%n", row.getKey(), plain[0], gz[0], plain[1], gz[1],
					plain[2], gz[3]);
			sums[0] += plain[0];
			sums[1] += gz[0];
			sums[2] += plain[1];
			sums[3] += gz[1];
			sums[4] += gz[3];
		}
		int n = rows.size();
		System.out.printf("%-32s %9d %9d %11d %11d %5s %11d%n", "mean", sums[0] / n, sums[1] / n, sums[2] / n,
				sums[3] / n, "", sums[4] / n);
		System.out.println("server compressed responses: " + (weight.compressed ? "yes" : "no"));
	}
}
