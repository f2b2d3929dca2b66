package cn.oneteam.subject;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import cn.oneteam.IntegrationTest;
import cn.oneteam.shared.CreditCode;
import cn.oneteam.shared.Sha256;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The upload streamed to a temporary file: the report's SHA-256 is the file's, with a byte order mark read past, and
 * no temporary file is left behind whether the import is stored or refused
 * (docs/adr/0024-quiet-periods-and-caps.md, import spooled to disk).
 */
class SubjectImportSpoolTests extends IntegrationTest {

	@Autowired
	private MockMvc mvc;

	private static List<Path> spoolFiles() throws IOException {
		try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			return files.filter(p -> p.getFileName().toString().startsWith("oneteam-subject-import-")).toList();
		}
	}

	private static String row(String name) {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			body.append(ThreadLocalRandom.current().nextInt(10));
		}
		return CreditCode.complete("91632802" + body).value() + ",LEGAL_PERSON," + name + ",632802100,长江路 1 号,王某,F5211,";
	}

	@Test
	void theStreamedUploadIsHashedWholeAndItsTemporaryFileDeleted() throws Exception {
		List<Path> before = spoolFiles();
		byte[] stored = ("\uFEFFcode,kind,name,division,address,representative,industry,status\n" + row("流式导入甲") + "\n"
				+ row("流式导入乙") + "\n").getBytes(StandardCharsets.UTF_8);
		mvc.perform(post("/api/v1/subjects/import").with(as("dlh.officer1")).with(csrf())
			.param("format", "csv").param("fileName", "spooled.csv")
			.contentType(MediaType.APPLICATION_OCTET_STREAM).content(stored))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stored").value(2))
			.andExpect(jsonPath("$.sha256").value(Sha256.hex(stored)));
		byte[] refused = ("code,kind,name,division,address,representative,industry,status\n" + row("流式导入丙") + "\n"
				+ "91632802ABC,LEGAL_PERSON,坏代码,632802100,长江路 2 号,,,\n").getBytes(StandardCharsets.UTF_8);
		mvc.perform(post("/api/v1/subjects/import").with(as("dlh.officer1")).with(csrf())
			.param("format", "csv").param("fileName", "refused.csv")
			.contentType(MediaType.APPLICATION_OCTET_STREAM).content(refused))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.report.sha256").value(Sha256.hex(refused)))
			.andExpect(jsonPath("$.report.refused[0].row").value(3));
		assertThat(spoolFiles()).isSubsetOf(before);
	}
}
