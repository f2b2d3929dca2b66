package cn.oneteam.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The documents' font comes from the operating system's font package, never from a package registry's address in
 * the build (docs/adr/0013-document-font.md): the build names no address to download from, and the font it copied
 * into the classpath is the one whose SHA-256 it pins.
 */
class DocumentFontTests {

	private static final Path POM = Path.of("pom.xml");

	@Test
	void theBuildNamesNoAddressToDownloadFrom() throws Exception {
		String pom = Files.readString(POM);
		Matcher address = Pattern.compile("\\b(?:https?|ftp)://[^\\s\"<>]+").matcher(pom);
		while (address.find()) { // only the POM's own namespace and schema are addresses
			assertThat(address.group()).matches("http://maven\\.apache\\.org/POM/4\\.0\\.0|"
					+ "http://www\\.w3\\.org/2001/XMLSchema-instance|https://maven\\.apache\\.org/xsd/maven-4\\.0\\.0\\.xsd");
		}
		assertThat(pom).doesNotContain("download-maven-plugin", "<uri>", "<get ");
	}

	@Test
	void theFontInTheClasspathIsTheOneThePomPins() throws Exception {
		Matcher pinned = Pattern.compile("<document-font\\.sha256>([0-9a-f]{64})</document-font\\.sha256>")
			.matcher(Files.readString(POM));
		assertThat(pinned.find()).isTrue();
		MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
		try (InputStream in = DocumentPdf.class.getResourceAsStream(DocumentPdf.FONT)) {
			assertThat(in).as("the build copies the font into the classpath").isNotNull();
			sha256.update(in.readAllBytes());
		}
		assertThat(HexFormat.of().formatHex(sha256.digest())).isEqualTo(pinned.group(1));
	}
}
