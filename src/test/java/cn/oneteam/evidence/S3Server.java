package cn.oneteam.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3-compatible server for the tests: S3Proxy (Maven Central {@code org.gaul:s3proxy}, copied into
 * {@code target/s3proxy} by the build) run as a separate process with the file-system backend, so its Jetty and
 * jclouds never meet the application's classpath. One per test JVM, stopped when the JVM exits.
 */
public final class S3Server {

	public static final String BUCKET = "evidence";

	public static final String ACCESS_KEY = "oneteam-test";

	public static final String SECRET_KEY = "oneteam-test-secret";

	private static S3Server running;

	public final String endpoint;

	private S3Server(String endpoint) {
		this.endpoint = endpoint;
	}

	public static synchronized S3Server start() {
		if (running == null) {
			try {
				running = launch();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return running;
	}

	private static S3Server launch() throws IOException {
		Path jar = Path.of("target/s3proxy/s3proxy.jar").toAbsolutePath();
		if (!Files.exists(jar)) {
			throw new IllegalStateException(jar + " missing: run the build's generate-test-resources phase");
		}
		Path home = Files.createTempDirectory("oneteam-s3proxy");
		Path data = Files.createDirectories(home.resolve("data"));
		int port = freePort();
		String endpoint = "http://127.0.0.1:" + port;
		Path config = Files.writeString(home.resolve("s3proxy.conf"), String.join("\n",
				"s3proxy.endpoint=" + endpoint, "s3proxy.authorization=aws-v2-or-v4",
				"s3proxy.identity=" + ACCESS_KEY, "s3proxy.credential=" + SECRET_KEY,
				"jclouds.provider=filesystem", "jclouds.filesystem.basedir=" + data));
		Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx256m", "-jar", jar.toString(), "--properties", config.toString()))
			.redirectErrorStream(true)
			.redirectOutput(home.resolve("s3proxy.log").toFile())
			.start();
		Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
		awaitPort(port, process, home);
		S3Server server = new S3Server(endpoint);
		try (S3Client client = server.client()) {
			client.createBucket(b -> b.bucket(BUCKET));
		}
		return server;
	}

	/** A plain client of the server, for the tests' own reads and writes behind the store's back. */
	public S3Client client() {
		return S3Client.builder()
			.endpointOverride(URI.create(endpoint))
			.region(Region.US_EAST_1)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
			.forcePathStyle(true)
			.httpClient(UrlConnectionHttpClient.create())
			.build();
	}

	EvidenceProperties.S3 settings(Path staging) {
		return new EvidenceProperties.S3(endpoint, "us-east-1", BUCKET, "test/", ACCESS_KEY, SECRET_KEY, true, staging);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void awaitPort(int port, Process process, Path home) throws IOException {
		long deadline = System.nanoTime() + 60_000_000_000L;
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("S3Proxy ended: " + Files.readString(home.resolve("s3proxy.log")));
			}
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
				return;
			}
			catch (IOException notYet) {
				try {
					Thread.sleep(200);
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException(e);
				}
			}
		}
		throw new IllegalStateException("S3Proxy did not open port " + port + " within a minute");
	}
}
