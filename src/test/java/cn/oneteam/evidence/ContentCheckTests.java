package cn.oneteam.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** What files evidence is kept as: by declared type, name and first bytes, and per evidence type (处罚法 §46). */
class ContentCheckTests {

	static final byte[] PNG = bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13);

	static final byte[] JPEG = bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 'J', 'F', 'I', 'F');

	static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1);

	static final byte[] MP4 = bytes(0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'm', 'p', '4', '2');

	static final byte[] ZIP = bytes('P', 'K', 3, 4, 20, 0);

	static final byte[] EXE = bytes('M', 'Z', 0x90, 0, 3, 0);

	static final byte[] ELF = bytes(0x7F, 'E', 'L', 'F', 2, 1);

	static final byte[] TEXT = "现场检查记录：店外占道经营。\n".getBytes(StandardCharsets.UTF_8);

	static byte[] bytes(int... values) {
		byte[] b = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			b[i] = (byte) values[i];
		}
		return b;
	}

	static byte[] sample(String name) {
		return switch (name) {
			case "PNG" -> PNG;
			case "JPEG" -> JPEG;
			case "PDF" -> PDF;
			case "MP4" -> MP4;
			case "ZIP" -> ZIP;
			case "EXE" -> EXE;
			case "ELF" -> ELF;
			case "TEXT" -> TEXT;
			case "EMPTY" -> new byte[0];
			default -> throw new IllegalArgumentException(name);
		};
	}

	@ParameterizedTest(name = "{0} {1} {2} as {3} → {4}")
	@CsvSource(nullValues = "-", textBlock = """
			PHYSICAL,          image/png,                photo.png,  PNG,  image/png
			PHYSICAL,          image/jpeg; charset=x,    photo.JPG,  JPEG, image/jpeg
			DOCUMENTARY,       -,                        scan.pdf,   PDF,  application/pdf
			DOCUMENTARY,       application/octet-stream, note.txt,   TEXT, text/plain
			AUDIO_VISUAL,      video/mp4,                clip.mp4,   MP4,  video/mp4
			ELECTRONIC_DATA,   application/zip,          export.zip, ZIP,  application/zip
			EXPERT_OPINION,    -,                        report.docx, ZIP, application/vnd.openxmlformats-officedocument.wordprocessingml.document
			""")
	void keepsFilesWhoseBytesAreWhatTheyClaim(EvidenceType type, String declared, String name, String sample,
			String kept) {
		assertThat(ContentCheck.examine(type, declared, name, sample(sample))).isEqualTo(kept);
	}

	@ParameterizedTest(name = "{0} {1} {2} as {3} → {4} {5}")
	@CsvSource(nullValues = "-", textBlock = """
			ELECTRONIC_DATA, application/x-msdownload, tool.exe,   EXE,   415, evidence.content-executable
			ELECTRONIC_DATA, image/png,                photo.png,  EXE,   415, evidence.content-executable
			ELECTRONIC_DATA, application/octet-stream, data.bin,   ELF,   415, evidence.content-executable
			ELECTRONIC_DATA, text/plain,               run.sh,     TEXT,  415, evidence.content-executable
			ELECTRONIC_DATA, application/x-rar,        files.rar,  ZIP,   415, evidence.content-type-unsupported
			ELECTRONIC_DATA, -,                        notes.xyz,  TEXT,  415, evidence.content-type-unsupported
			PHYSICAL,        image/png,                photo.png,  PDF,   422, evidence.content-mismatch
			DOCUMENTARY,     application/pdf,          scan.pdf,   ZIP,   422, evidence.content-mismatch
			DOCUMENTARY,     text/plain,               note.txt,   PNG,   422, evidence.content-mismatch
			DOCUMENTARY,     application/pdf,          scan.pdf,   EMPTY, 422, evidence.content-empty
			AUDIO_VISUAL,    application/pdf,          scan.pdf,   PDF,   422, evidence.content-not-for-type
			DOCUMENTARY,     application/zip,          a.zip,      ZIP,   422, evidence.content-not-for-type
			""")
	void refusesProgramsOtherKindsAndMismatches(EvidenceType type, String declared, String name, String sample,
			int status, String code) {
		assertThatThrownBy(() -> ContentCheck.examine(type, declared, name, sample(sample)))
			.isInstanceOfSatisfying(EvidenceViolation.class, v -> {
				assertThat(v.status()).isEqualTo(status);
				assertThat(v.code()).isEqualTo(code);
			});
	}

	@Test
	void everyEvidenceTypeTakesDocumentsOrImagesAndOnlyElectronicDataTakesArchives() {
		assertThat(EvidenceType.values()).hasSize(8)
			.allMatch(t -> t.accepts(MediaFormat.Family.IMAGE))
			.filteredOn(t -> t.accepts(MediaFormat.Family.ARCHIVE))
			.containsExactly(EvidenceType.ELECTRONIC_DATA);
		assertThat(Arrays.stream(EvidenceType.values()).filter(t -> !t.accepts(MediaFormat.Family.DOCUMENT)))
			.containsExactly(EvidenceType.AUDIO_VISUAL);
	}

	@ParameterizedTest(name = "{0}, {1}")
	@CsvSource(nullValues = "-", textBlock = """
			90.000001, 97.36
			-90.5,     97.36
			37.37,     180.000001
			37.37,     -
			-,         97.36
			""")
	void refusesCoordinatesOutOfRangeOrHalfGiven(BigDecimal latitude, BigDecimal longitude) {
		assertThatThrownBy(() -> item(latitude, longitude, List.of(1L)))
			.isInstanceOfSatisfying(EvidenceViolation.class,
					v -> assertThat(v.code()).isEqualTo("evidence.coordinates-invalid"));
	}

	@Test
	void takesCoordinatesAtTheLimitsAndNamesEachOfficerOnce() {
		NewEvidence item = item(new BigDecimal("-90"), new BigDecimal("180"), List.of(7L, 8L, 7L));
		assertThat(item.officers()).containsExactly(7L, 8L);
		assertThatThrownBy(() -> item(null, null, List.of())).isInstanceOfSatisfying(EvidenceViolation.class,
				v -> assertThat(v.code()).isEqualTo("evidence.officers-required"));
	}

	@Test
	void keepsOnlyTheFileNameOfAPathAndRefusesBlankFields() {
		assertThat(new NewEvidence(EvidenceType.PHYSICAL, "照片", "拍摄", OffsetDateTime.now(), "门前", null, null,
				List.of(1L), "C:\\Users\\张三\\照片.png").fileName()).isEqualTo("照片.png");
		assertThatThrownBy(() -> new NewEvidence(EvidenceType.PHYSICAL, " ", "拍摄", OffsetDateTime.now(), "门前", null,
				null, List.of(1L), "a.png")).isInstanceOfSatisfying(EvidenceViolation.class, v -> {
					assertThat(v.code()).isEqualTo("evidence.field-required");
					assertThat(v.arguments()).containsExactly("title");
				});
	}

	private static NewEvidence item(BigDecimal latitude, BigDecimal longitude, List<Long> officers) {
		return new NewEvidence(EvidenceType.PHYSICAL, "现场照片", "执法人员拍摄", OffsetDateTime.now(), "德令哈市长江路",
				latitude, longitude, officers, "photo.png");
	}
}
