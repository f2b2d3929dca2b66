package cn.oneteam.casehandling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Random;

import cn.oneteam.evidence.S3Server;
import cn.oneteam.shared.Sha256;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import tools.jackson.databind.JsonNode;

/**
 * The same API with {@code oneteam.evidence.store=s3} against a real S3-compatible server (S3Proxy), and a limit of
 * 1 MB: a file is kept as an object and served with its digest checked, an object altered in the bucket is found, a
 * file beyond the limit is refused and leaves no object behind.
 */
class CaseEvidenceS3Tests extends CaseEvidenceTests {

	private static final S3Server SERVER = S3Server.start();

	@DynamicPropertySource
	static void s3(DynamicPropertyRegistry registry) {
		registry.add("oneteam.evidence.store", () -> "s3");
		registry.add("oneteam.evidence.max-size", () -> "1MB");
		registry.add("oneteam.evidence.s3.endpoint", () -> SERVER.endpoint);
		registry.add("oneteam.evidence.s3.bucket", () -> S3Server.BUCKET);
		registry.add("oneteam.evidence.s3.prefix", () -> "api/");
		registry.add("oneteam.evidence.s3.access-key", () -> S3Server.ACCESS_KEY);
		registry.add("oneteam.evidence.s3.secret-key", () -> S3Server.SECRET_KEY);
		registry.add("oneteam.evidence.s3.staging-directory", () -> EVIDENCE_DIRECTORY.resolve("s3-staging").toString());
	}

	@Test
	void aCheckpointIsKeptInTheBucketToo() throws Exception {
		JsonNode signed = body(mvc.perform(post("/api/v1/record/checkpoints").with(as("admin")).with(csrf()))
			.andExpect(status().isCreated()));
		try (S3Client client = SERVER.client()) {
			var objects = client.listObjectsV2(b -> b.bucket(S3Server.BUCKET).prefix("api/checkpoints/")).contents();
			assertThat(objects).isNotEmpty();
			String kept = client.getObjectAsBytes(b -> b.bucket(S3Server.BUCKET)
				.key(objects.get(objects.size() - 1).key())).asUtf8String();
			assertThat(kept).contains(signed.get("signature").asString(), signed.get("headHash").asString());
		}
	}

	@Test
	@Override
	void aFileAlteredOnDiskIsRefusedFlaggedAndRecordedInTheCase() throws Exception {
		long caseId = investigating("（测试）对象存储证据一有限公司");
		long id = body(upload("dlh.officer1", caseId, "PHYSICAL", "photo.png", "image/png", PNG)
			.andExpect(status().isCreated())).get("id").asLong();
		byte[] altered = PNG.clone();
		altered[15] = 'X';
		try (S3Client client = SERVER.client()) {
			client.putObject(b -> b.bucket(S3Server.BUCKET).key(objectKey(id)), RequestBody.fromBytes(altered));
		}
		mvc.perform(get("/api/v1/evidence/{id}/content", id).with(as("dlh.officer1")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:evidence.integrity-failed"));
		assertThat(entries(caseId, "evidence-altered")).hasSize(1);
	}

	@Test
	void aLargeFileIsKeptAsAnObjectAndAnAlteredObjectFoundWhenChecked() throws Exception {
		long caseId = investigating("（测试）对象存储证据二有限公司");
		byte[] photo = new byte[900_000];
		new Random(7).nextBytes(photo);
		System.arraycopy(PNG, 0, photo, 0, PNG.length);
		long id = body(upload("dlh.officer1", caseId, "PHYSICAL", "photo.png", "image/png", photo)
			.andExpect(status().isCreated())).get("id").asLong();
		try (S3Client client = SERVER.client()) {
			assertThat(client.getObjectAsBytes(b -> b.bucket(S3Server.BUCKET).key(objectKey(id))).asByteArray())
				.isEqualTo(photo);
			mvc.perform(get("/api/v1/evidence/{id}/content", id).with(as("dlh.officer1")))
				.andExpect(status().isOk())
				.andExpect(header().string("X-Content-SHA256", Sha256.hex(photo)))
				.andExpect(result -> assertThat(result.getResponse().getContentAsByteArray()).isEqualTo(photo));
			byte[] altered = photo.clone();
			altered[100] ^= 1;
			client.putObject(b -> b.bucket(S3Server.BUCKET).key(objectKey(id)), RequestBody.fromBytes(altered));
		}
		mvc.perform(post("/api/v1/evidence/{id}/verify", id).with(as("dlh.officer1")).with(csrf()))
			.andExpect(jsonPath("$.integrity").value("ALTERED"));
		mvc.perform(get("/api/v1/evidence/{id}/content", id).with(as("dlh.officer1")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:evidence.altered"));
	}

	@Test
	void aFileBeyondTheLimitIsRefusedAndLeavesNoObject() throws Exception {
		long caseId = investigating("（测试）对象存储证据三有限公司");
		byte[] photo = new byte[1_500_000];
		System.arraycopy(PNG, 0, photo, 0, PNG.length);
		long objects = objects();
		upload("dlh.officer1", caseId, "PHYSICAL", "photo.png", "image/png", photo)
			.andExpect(status().isContentTooLarge())
			.andExpect(jsonPath("$.type").value("urn:oneteam:problem:evidence.too-large"))
			.andExpect(jsonPath("$.detail").value("证据文件不能超过 1 MB，未予保存。"));
		assertThat(objects()).isEqualTo(objects);
		assertThat(EVIDENCE_DIRECTORY.resolve("s3-staging")).isEmptyDirectory();
		assertThat(entries(caseId, "attach-evidence")).isEmpty();
	}

	private String objectKey(long id) {
		return "api/" + jdbc.sql("select storage_key from evidence where id = ? and store = 's3'")
			.param(id)
			.query(String.class)
			.single();
	}

	private static long objects() {
		try (S3Client client = SERVER.client()) {
			return client.listObjectsV2Paginator(b -> b.bucket(S3Server.BUCKET).prefix("api/")).contents().stream().count();
		}
	}
}
