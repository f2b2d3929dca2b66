package cn.oneteam.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;

import cn.oneteam.shared.ChinaTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** The S3 store against a real S3-compatible server (S3Proxy, see {@link S3Server}). */
class S3EvidenceStoreTests extends EvidenceStoreContract {

	@TempDir
	Path staging;

	private final S3Server server = S3Server.start();

	private S3EvidenceStore store;

	private S3Client client;

	@BeforeEach
	void open() {
		store = new S3EvidenceStore(server.settings(staging), Clock.system(ChinaTime.ZONE));
		client = server.client();
	}

	@AfterEach
	void close() {
		store.close();
		client.close();
	}

	@Override
	EvidenceStore store() {
		return store;
	}

	@Override
	void alter(String key, byte[] bytes) {
		client.putObject(b -> b.bucket(S3Server.BUCKET).key(store.objectKey(key)), RequestBody.fromBytes(bytes));
	}

	/** Objects in the bucket and files waiting in the staging directory. */
	@Override
	long files() throws IOException {
		long objects = client.listObjectsV2Paginator(b -> b.bucket(S3Server.BUCKET)).contents().stream().count();
		try (Stream<Path> waiting = Files.walk(staging)) {
			return objects + waiting.filter(Files::isRegularFile).count();
		}
	}
}
