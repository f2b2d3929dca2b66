package cn.oneteam.evidence;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code oneteam.evidence.*}: which store keeps the files ({@code local} or {@code s3}), the largest file taken, the
 * local directory, and the S3-compatible server, bucket and credentials.
 */
@ConfigurationProperties("oneteam.evidence")
record EvidenceProperties(@DefaultValue("local") String store, @DefaultValue("2GB") DataSize maxSize,
		@DefaultValue Local local, @DefaultValue S3 s3) {

	record Local(@DefaultValue("./data/evidence") Path directory) {
	}

	/**
	 * An S3-compatible server: its endpoint (e.g. {@code http://127.0.0.1:9000}), region, bucket, an optional key
	 * prefix, the access key and secret, path-style addressing, and where files wait while they are received.
	 */
	record S3(@Nullable String endpoint, @DefaultValue("us-east-1") String region, @Nullable String bucket,
			@DefaultValue("") String prefix, @Nullable String accessKey, @Nullable String secretKey,
			@DefaultValue("true") boolean pathStyle,
			@DefaultValue("./data/evidence-staging") Path stagingDirectory) {
	}
}
