package cn.oneteam.evidence;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An item stored before file names were checked stays downloadable (docs/adr/0012-bad-input.md). */
class DownloadNameTests {

	@Test
	void offersANameWithoutCharactersAHeaderCannotCarry() {
		assertThat(EvidenceApiController.downloadName("a\r\nb\u0000.jpg")).isEqualTo("a__b_.jpg");
		assertThat(EvidenceApiController.downloadName("现场照片.jpg")).isEqualTo("现场照片.jpg");
		assertThat(org.springframework.http.ContentDisposition.attachment()
			.filename(EvidenceApiController.downloadName("x\r\ny.txt"), java.nio.charset.StandardCharsets.UTF_8)
			.build()
			.toString()).doesNotContain("\r", "\n");
	}
}
