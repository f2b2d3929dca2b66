package cn.oneteam;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sources cite the project's own documents: every {@code docs/….md} and {@code docs/….md#anchor} named in the
 * code, the tests and the configuration exists (an anchor is an {@code <a id="…">} or a heading's slug), and nothing
 * points at reference files outside the repository (docs/legal/README.md).
 */
class DocsLinksTests {

	private static final Path ROOT = Path.of("").toAbsolutePath();

	private static final Pattern LINK = Pattern.compile("(?<![\\w/.-])(docs/[\\w./-]+?\\.md)(?:#([\\w-]+))?");

	private static final Pattern EXPLICIT_ANCHOR = Pattern.compile("<a\\s+(?:id|name)=\"([^\"]+)\"");

	private static final Pattern HEADING = Pattern.compile("^#+\\s+(.*?)\\s*$");

	/** The external reference files and their rule codes, as the comments cited them before docs/legal existed. */
	private static final Pattern OUTSIDE = Pattern
		.compile("legal-rules(?:\\.md)?|data-standards(?:\\.md)? §|\\[U[,\\]]|\\b[Tt]he §13 rules\\b");

	private final Map<Path, Set<String>> anchors = new HashMap<>();

	@Test
	void everyDocumentAndAnchorNamedInTheSourcesExists() {
		List<String> dangling = new ArrayList<>();
		int links = 0;
		for (Path file : sources()) {
			List<String> lines = lines(file);
			for (int i = 0; i < lines.size(); i++) {
				Matcher link = LINK.matcher(lines.get(i));
				while (link.find()) {
					links++;
					Path target = ROOT.resolve(link.group(1)).normalize();
					String anchor = link.group(2);
					if (!Files.isRegularFile(target)) {
						dangling.add(where(file, i) + " -> " + link.group(1));
					}
					else if (anchor != null && !anchorsOf(target).contains(anchor)) {
						dangling.add(where(file, i) + " -> " + link.group(1) + "#" + anchor);
					}
				}
			}
		}
		assertThat(links).as("links to docs/ found in the sources").isPositive();
		assertThat(dangling).as("documents or anchors named in the sources that do not exist").isEmpty();
	}

	@Test
	void noSourceCitesAReferenceFileOutsideTheRepository() {
		List<String> outside = new ArrayList<>();
		for (Path file : sources()) {
			List<String> lines = lines(file);
			for (int i = 0; i < lines.size(); i++) {
				if (OUTSIDE.matcher(lines.get(i)).find()) {
					outside.add(where(file, i) + ": " + lines.get(i).strip());
				}
			}
		}
		assertThat(outside).as("cite docs/legal/… instead").isEmpty();
	}

	@Test
	void anAnchorIsAnExplicitIdOrAHeadingSlug() {
		Set<String> legalTime = anchorsOf(ROOT.resolve("docs/legal/time.md"));
		assertThat(legalTime).contains("counting-periods", "periods");
		assertThat(legalTime).doesNotContain("no-such-anchor");
		assertThat(slug("## The start day is not counted; an end on a rest day moves")).isEqualTo(
				"the-start-day-is-not-counted-an-end-on-a-rest-day-moves");
		assertThat(slug("## 期间计算 — counting periods")).isEqualTo("期间计算--counting-periods");
	}

	/**
	 * Java sources and tests, and the configuration and templates (not the migrations: Flyway checksums applied ones,
	 * so their comments stay as written).
	 */
	private static List<Path> sources() {
		List<Path> files = new ArrayList<>();
		for (String dir : List.of("src/main/java", "src/test/java", "src/main/resources")) {
			try (Stream<Path> walk = Files.walk(ROOT.resolve(dir))) {
				walk.filter(Files::isRegularFile)
					.filter(p -> p.toString().matches(".*\\.(java|ya?ml|properties|html)$"))
					.filter(p -> !p.toString().contains("db" + java.io.File.separator + "migration"))
					.filter(p -> !p.getFileName().toString().equals("DocsLinksTests.java"))
					.sorted()
					.forEach(files::add);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		assertThat(files).as("source files under " + ROOT).isNotEmpty();
		return files;
	}

	private Set<String> anchorsOf(Path markdown) {
		return anchors.computeIfAbsent(markdown, path -> {
			Set<String> ids = new HashSet<>();
			for (String line : lines(path)) {
				Matcher explicit = EXPLICIT_ANCHOR.matcher(line);
				while (explicit.find()) {
					ids.add(explicit.group(1));
				}
				if (HEADING.matcher(line).matches()) {
					ids.add(slug(line));
				}
			}
			return ids;
		});
	}

	/** GitHub's heading anchor: lower case, tags and punctuation dropped, each space a hyphen. */
	static String slug(String heading) {
		Matcher m = HEADING.matcher(heading);
		String text = m.matches() ? m.group(1) : heading;
		return text.toLowerCase(Locale.ROOT)
			.replaceAll("<[^>]*>", "")
			.replaceAll("[^\\p{L}\\p{N}\\s_-]", "")
			.replaceAll("\\s", "-");
	}

	private static List<String> lines(Path file) {
		try {
			return Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String where(Path file, int index) {
		return ROOT.relativize(file) + ":" + (index + 1);
	}

}
