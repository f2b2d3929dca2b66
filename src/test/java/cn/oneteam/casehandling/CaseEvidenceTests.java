package cn.oneteam.casehandling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import cn.oneteam.shared.Sha256;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

/**
 * Evidence on a case through the API, kept in the local store: upload → list → download with the digest checked, the
 * attachment in the case's full-process record, a file altered on disk found, refusals that keep nothing, and
 * jurisdiction.
 */
class CaseEvidenceTests extends CaseApiTest {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

	@Autowired
	protected JdbcClient jdbc;

	/** Uploads the bytes as evidence of the case, collected by the two 德令哈 officers unless others are named. */
	protected ResultActions upload(String user, long caseId, String type, String fileName, String contentType,
			byte[] bytes, long... officers) throws Exception {
		List<Long> named = officers.length == 0 ? List.of(officer1(), officer2())
				: Arrays.stream(officers).boxed().toList();
		return mvc.perform(post("/api/v1/cases/{id}/evidence", caseId).with(as(user))
			.with(csrf())
			.param("type", type)
			.param("title", "现场照片：店外占道经营")
			.param("source", "执法人员现场拍摄")
			.param("collectedAt", "2026-11-20T10:30:00")
			.param("place", "德令哈市长江路12号门前")
			.param("latitude", "37.369")
			.param("longitude", "97.361")
			.param("officers", named.stream().map(String::valueOf).toArray(String[]::new))
			.param("fileName", fileName)
			.contentType(contentType)
			.content(bytes));
	}

	protected long investigating(String party) throws Exception {
		return filed("ORGANISATION", party, "2026-11-10", "2026-11-12");
	}

	protected List<JsonNode> entries(long caseId, String action) throws Exception {
		return record(caseId).stream().filter(e -> e.get("action").asString().equals(action)).toList();
	}

	@Test
	void attachesListsAndServesEvidenceWithItsDigestInTheCaseRecord() throws Exception {
		long caseId = investigating("（测试）证据一有限公司");
		byte[] text = "现场检查笔录：当事人在店外占道经营。".getBytes(StandardCharsets.UTF_8);
		JsonNode item = body(upload("dlh.officer1", caseId, "INSPECTION_RECORD", "现场笔录.txt", "text/plain", text)
			.andExpect(status().isCreated()));
		long id = item.get("id").asLong();
		assertThat(item.get("sha256").asString()).isEqualTo(Sha256.hex(text));
		assertThat(item.get("size").asLong()).isEqualTo(text.length);
		assertThat(item.get("contentType").asString()).isEqualTo("text/plain");
		assertThat(item.get("collectedAt").asString()).isEqualTo("2026-11-20T10:30:00+08:00");
		assertThat(item.get("officers").valueStream().map(o -> o.get("personId").asLong()))
			.containsExactly(officer1(), officer2());
		assertThat(item.get("officers").get(0).get("certificate").asString()).isNotBlank();

		assertThat(body(mvc.perform(get("/api/v1/cases/{id}/evidence", caseId).with(as("dlh.head")))
			.andExpect(status().isOk())).valueStream().map(e -> e.get("id").asLong())).containsExactly(id);
		mvc.perform(get("/api/v1/evidence/{id}/content", id).with(as("dlh.officer1")))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Content-SHA256", Sha256.hex(text)))
			.andExpect(header().string("Content-Type", "text/plain"))
			.andExpect(header().string("Content-Disposition",
					Matchers.endsWith("; filename*=UTF-8''%E7%8E%B0%E5%9C%BA%E7%AC%94%E5%BD%95.txt")))
			.andExpect(result -> assertThat(result.getResponse().getContentAsByteArray()).isEqualTo(text));

		List<JsonNode> attached = entries(caseId, "attach-evidence");
		assertThat(attached).hasSize(1);
		JsonNode facts = json.readTree(attached.get(0).get("payload").asString());
		assertThat(facts.get("evidence").asLong()).isEqualTo(id);
		assertThat(facts.get("type").asString()).isEqualTo("INSPECTION_RECORD");
		assertThat(facts.get("sha256").asString()).isEqualTo(Sha256.hex(text));
		mvc.perform(get("/api/v1/cases/{id}/record/verify", caseId).with(as("dlh.officer1")))
			.andExpect(jsonPath("$.intact").value(true));
		mvc.perform(post("/api/v1/evidence/{id}/verify", id).with(as("dlh.officer1")).with(csrf()))
			.andExpect(jsonPath("$.integrity").value("INTACT"));
		// the file index lists it in the 正卷 after the filing form (市监 §78)
		List<JsonNode> index = body(mvc.perform(get("/api/v1/cases/{id}/documents/index", caseId).with(as("dlh.officer1")))
			.andExpect(status().isOk())).valueStream().toList();
		assertThat(index.stream().map(e -> e.get("volume").asString() + ":" + e.get("title").asString()).toList())
			.containsExactly("MAIN:立案审批表", "MAIN:勘验笔录、现场笔录：" + item.get("title").asString());
		assertThat(index.get(1).get("evidenceId").asLong()).isEqualTo(id);
	}

	@Test
	void aFileAlteredOnDiskIsRefusedFlaggedAndRecordedInTheCase() throws Exception {
		long caseId = investigating("（测试）证据二有限公司");
		long id = body(upload("dlh.officer1", caseId, "PHYSICAL", "photo.png", "image/png", PNG)
			.andExpect(status().isCreated())).get("id").asLong();
		String key = jdbc.sql("select storage_key from evidence where id = ?").param(id).query(String.class).single();
		byte[] altered = PNG.clone();
		altered[15] = 'X';
		Files.write(EVIDENCE_DIRECTORY.resolve(key), altered);

		mvc.perform(get("/api/v1/evidence/{id}/content", id).with(as("dlh.officer1")))
			.andExpect(status().isConflict())
			.andExpect(header().doesNotExist("X-Content-SHA256"))
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:evidence.integrity-failed"));
		mvc.perform(get("/api/v1/evidence/{id}", id).with(as("dlh.officer1")))
			.andExpect(jsonPath("$.integrity").value("ALTERED"));
		mvc.perform(get("/api/v1/evidence/{id}/content", id).with(as("dlh.officer1")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:evidence.altered"));
		List<JsonNode> found = entries(caseId, "evidence-altered");
		assertThat(found).hasSize(1);
		assertThat(json.readTree(found.get(0).get("payload").asString()).get("actualSha256").asString())
			.isEqualTo(Sha256.hex(altered));

		Files.write(EVIDENCE_DIRECTORY.resolve(key), PNG); // the original restored: checked again, served again
		mvc.perform(post("/api/v1/evidence/{id}/verify", id).with(as("dlh.officer1")).with(csrf()))
			.andExpect(jsonPath("$.integrity").value("INTACT"));
		mvc.perform(get("/api/v1/evidence/{id}/content", id).with(as("dlh.officer1"))).andExpect(status().isOk());
	}

	@Test
	void refusesProgramsAndMismatchesKeepingNothing() throws Exception {
		long caseId = investigating("（测试）证据三有限公司");
		long files = files();
		upload("dlh.officer1", caseId, "ELECTRONIC_DATA", "tool.exe", "application/octet-stream",
				new byte[] { 'M', 'Z', (byte) 0x90, 0 })
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:evidence.content-executable"))
			.andExpect(jsonPath("$.title").value("不接受程序文件"));
		upload("dlh.officer1", caseId, "PHYSICAL", "photo.png", "image/png", "%PDF-1.7".getBytes())
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:evidence.content-mismatch"));
		upload("dlh.officer1", caseId, "AUDIO_VISUAL", "scan.pdf", "application/pdf", "%PDF-1.7".getBytes())
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:evidence.content-not-for-type"));
		upload("dlh.officer1", caseId, "ELECTRONIC_DATA", "archive.rar", "application/vnd.rar", PNG)
			.andExpect(status().isUnsupportedMediaType());
		assertThat(body(mvc.perform(get("/api/v1/cases/{id}/evidence", caseId).with(as("dlh.officer1"))))).isEmpty();
		assertThat(entries(caseId, "attach-evidence")).isEmpty();
		assertThat(files()).isEqualTo(files);
	}

	@Test
	void evidenceIsCollectedByTwoCertifiedOfficersOfTheBody() throws Exception {
		long caseId = investigating("（测试）证据四有限公司");
		upload("dlh.officer1", caseId, "PHYSICAL", "photo.png", "image/png", PNG, officer1())
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:case.evidence-officers-refused"))
			.andExpect(jsonPath("$.reasons[0]").value("case.two-officers-required"));
		upload("dlh.officer1", caseId, "PHYSICAL", "photo.png", "image/png", PNG, officer1(), person("grm.officer1"))
			.andExpect(status().isForbidden()); // an officer of another county is not even visible
		assertThat(entries(caseId, "attach-evidence")).isEmpty();
	}

	@Test
	void anotherCountySeesNoneOfTheCasesEvidence() throws Exception {
		long caseId = investigating("（测试）证据五有限公司");
		long id = body(upload("dlh.officer1", caseId, "PHYSICAL", "photo.png", "image/png", PNG)
			.andExpect(status().isCreated())).get("id").asLong();
		for (String path : List.of("/api/v1/cases/" + caseId + "/evidence", "/api/v1/evidence/" + id,
				"/api/v1/evidence/" + id + "/content")) {
			mvc.perform(get(path).with(as("grm.head")))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.type").value("urn:oneteam:problem:case.outside-jurisdiction"));
		}
		upload("grm.officer1", caseId, "PHYSICAL", "photo.png", "image/png", PNG).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/evidence/{id}", Long.MAX_VALUE).with(as("dlh.officer1")))
			.andExpect(status().isNotFound());
	}

	/** Files kept or being received in the local store. */
	private static long files() throws IOException {
		try (Stream<Path> all = Files.walk(EVIDENCE_DIRECTORY)) {
			return all.filter(Files::isRegularFile).count();
		}
	}
}
