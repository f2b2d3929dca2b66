package cn.oneteam.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Map;

import cn.oneteam.audit.CheckpointSink;
import cn.oneteam.shared.Spooled;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Evidence files in a bucket of S3-compatible object storage (MinIO, Ceph, a cloud provider's OSS/COS, …): received
 * into a local staging directory, hashed and counted, then sent with its length known, so nothing is held in memory
 * and the object only appears once complete. Path-style addressing by default, as most self-hosted servers want.
 */
class S3EvidenceStore implements EvidenceStore, CheckpointSink, AutoCloseable {

	private final S3Client client;

	private final EvidenceProperties.S3 settings;

	private final String bucket;

	private final Clock clock;

	S3EvidenceStore(EvidenceProperties.S3 settings, Clock clock) {
		this.settings = settings;
		this.bucket = required(settings.bucket(), "bucket");
		this.clock = clock;
		this.client = S3Client.builder()
			.endpointOverride(URI.create(required(settings.endpoint(), "endpoint")))
			.region(Region.of(settings.region()))
			.credentialsProvider(StaticCredentialsProvider
				.create(AwsBasicCredentials.create(required(settings.accessKey(), "access-key"),
						required(settings.secretKey(), "secret-key"))))
			.forcePathStyle(settings.pathStyle())
			// the SHA-256 of every file is ours; extra checksums only where the server requires them
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
			.httpClient(UrlConnectionHttpClient.create())
			.build();
	}

	@Override
	public String name() {
		return "s3";
	}

	@Override
	public Stored put(InputStream bytes, long limit) throws IOException {
		Spooled received = Spooled.receive(bytes, settings.stagingDirectory(), limit, EvidenceViolation::tooLarge);
		String key = Spool.newKey(clock);
		try {
			client.putObject(b -> b.bucket(bucket)
				.key(objectKey(key))
				.contentLength(received.size())
				.metadata(Map.of("sha256", received.sha256())), RequestBody.fromFile(received.file()));
		}
		catch (SdkException e) {
			throw new IOException("could not keep evidence in bucket " + bucket, e);
		}
		finally {
			Files.deleteIfExists(received.file());
		}
		return new Stored(key, received.size(), received.sha256());
	}

	@Override
	public InputStream open(String key) throws IOException {
		try {
			return client.getObject(b -> b.bucket(bucket).key(objectKey(key)));
		}
		catch (SdkException e) {
			throw new IOException("could not read evidence " + key + " from bucket " + bucket, e);
		}
	}

	@Override
	public void discard(String key) throws IOException {
		try {
			client.deleteObject(b -> b.bucket(bucket).key(objectKey(key)));
		}
		catch (SdkException e) {
			throw new IOException("could not remove evidence " + key + " from bucket " + bucket, e);
		}
	}

	/**
	 * A checkpoint of the full-process record, as an object of its own under {@code checkpoints/} (objects are never
	 * appended to), beside the log file (docs/adr/0007-tamper-evidence.md).
	 */
	@Override
	public void keep(String name, String logLine) throws IOException {
		try {
			client.putObject(b -> b.bucket(bucket).key(objectKey("checkpoints/" + name)),
					RequestBody.fromString(logLine + "\n"));
		}
		catch (SdkException e) {
			throw new IOException("could not keep checkpoint " + name + " in bucket " + bucket, e);
		}
	}

	/** The object's key in the bucket: the configured prefix, then the item's key. */
	String objectKey(String key) {
		return settings.prefix() + key;
	}

	@Override
	public void close() {
		client.close();
	}

	private static String required(@Nullable String value, String property) {
		if (value == null || value.isBlank()) {
			throw new IllegalStateException("oneteam.evidence.store=s3 needs oneteam.evidence.s3." + property);
		}
		return value;
	}
}
