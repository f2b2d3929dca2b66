import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evidence upload and download through the HTTP API: one file of MB megabytes (a PNG header, then pseudo-random
 * bytes generated as they are sent, never held whole) attached as dlh.officer1 to a 德令哈 case under investigation,
 * then downloaded with its digest checked by the server. Prints each direction's throughput and whether the server's
 * SHA-256 matches the one computed here. Usage: {@code java bench/EvidenceBench.java BASE_URL [MB=100]}.
 */
public class EvidenceBench {

	private static final String TOKEN = "Bearer ot_demo_dlh_officer1_token_for_local_use_only";

	/** A general case under investigation with its first two officers (the last field of a case is its officers). */
	private static final Pattern CASE = Pattern.compile("\\{\"id\":(\\d+),\"procedure\":\"GENERAL\",\"stage\":"
			+ "\"INVESTIGATING\"(?:(?!\\{\"id\":\\d+,\"procedure\").)*?\"officers\":\\[\\{\"personId\":(\\d+)[^}]*\\},"
			+ "\\{\"personId\":(\\d+)");

	private static final Pattern SHA = Pattern.compile("\"sha256\":\"([0-9a-f]{64})\"");

	public static void main(String[] args) throws Exception {
		String base = args[0];
		long size = (args.length > 1 ? Long.parseLong(args[1]) : 100) * 1024 * 1024;
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10)).build();
		String cases = http.send(get(base + "/api/v1/cases"), HttpResponse.BodyHandlers.ofString()).body();
		Matcher c = CASE.matcher(cases);
		if (!c.find()) {
			throw new IllegalStateException("no 德令哈 case under investigation with two officers");
		}
		String query = "type=ELECTRONIC_DATA&title=" + encode("基准测试文件") + "&source=" + encode("基准测试")
				+ "&collectedAt=" + LocalDateTime.now(ZoneId.of("Asia/Shanghai")).minusMinutes(5)
					.truncatedTo(ChronoUnit.SECONDS)
				+ "&place=" + encode("德令哈") + "&officers=" + c.group(2) + "&officers=" + c.group(3)
				+ "&fileName=bench.png";
		Generated body = new Generated(size);
		long started = System.nanoTime();
		HttpResponse<String> uploaded = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/cases/"
				+ c.group(1) + "/evidence?" + query))
			.header("Authorization", TOKEN)
			.header("Content-Type", "image/png")
			.POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> body), size))
			.build(), HttpResponse.BodyHandlers.ofString());
		double up = (System.nanoTime() - started) / 1e9;
		if (uploaded.statusCode() != 201) {
			throw new IllegalStateException("upload answered " + uploaded.statusCode() + ": " + uploaded.body());
		}
		Matcher sha = SHA.matcher(uploaded.body());
		sha.find();
		String id = uploaded.body().replaceAll("^\\{\"id\":(\\d+),.*", "$1");
		System.out.printf("upload   %d MB in %.2f s: %.1f MB/s; server SHA-256 %s the client's%n", size >> 20, up,
				(size >> 20) / up, sha.group(1).equals(body.digest()) ? "equals" : "DIFFERS FROM");

		started = System.nanoTime();
		HttpResponse<InputStream> download = http.send(get(base + "/api/v1/evidence/" + id + "/content"),
				HttpResponse.BodyHandlers.ofInputStream());
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		long read = 0;
		try (InputStream in = download.body()) {
			byte[] buffer = new byte[64 * 1024];
			for (int n; (n = in.read(buffer)) != -1;) {
				digest.update(buffer, 0, n);
				read += n;
			}
		}
		double down = (System.nanoTime() - started) / 1e9;
		System.out.printf("download %d MB in %.2f s: %.1f MB/s (checked by the server as sent); %s%n", read >> 20, down,
				(read >> 20) / down, HexFormat.of().formatHex(digest.digest()).equals(body.digest())
						&& download.headers().firstValue("X-Content-SHA256").orElse("").equals(body.digest())
								? "bytes and X-Content-SHA256 match" : "MISMATCH");
	}

	private static HttpRequest get(String url) {
		return HttpRequest.newBuilder(URI.create(url)).header("Authorization", TOKEN).GET().build();
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	/** SIZE bytes made as they are read: a PNG signature, then a pseudo-random 1 MiB block repeated; hashed as read. */
	private static final class Generated extends InputStream {

		private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };

		private final byte[] block = new byte[1 << 20];

		private final long size;

		private final MessageDigest digest;

		private long position;

		Generated(long size) throws Exception {
			this.size = size;
			this.digest = MessageDigest.getInstance("SHA-256");
			new Random(46).nextBytes(block);
			System.arraycopy(PNG, 0, block, 0, PNG.length);
		}

		@Override
		public int read() {
			byte[] one = new byte[1];
			return read(one, 0, 1) == -1 ? -1 : one[0] & 0xFF;
		}

		@Override
		public int read(byte[] b, int off, int len) {
			if (position == size) {
				return -1;
			}
			int offset = (int) (position % block.length);
			int n = (int) Math.min(Math.min(len, block.length - offset), size - position);
			System.arraycopy(block, offset, b, off, n);
			digest.update(b, off, n);
			position += n;
			return n;
		}

		String digest() throws IOException {
			return HexFormat.of().formatHex(((MessageDigest) clone(digest)).digest());
		}

		private static Object clone(MessageDigest digest) {
			try {
				return digest.clone();
			}
			catch (CloneNotSupportedException e) {
				throw new IllegalStateException(e);
			}
		}
	}
}
