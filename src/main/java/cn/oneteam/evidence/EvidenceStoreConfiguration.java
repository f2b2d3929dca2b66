package cn.oneteam.evidence;

import java.time.Clock;

import cn.oneteam.audit.CheckpointSink;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The evidence store the configuration names: {@code local} (the default) or {@code s3}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EvidenceProperties.class)
class EvidenceStoreConfiguration {

	@Bean
	EvidenceStore evidenceStore(EvidenceProperties properties, Clock clock) {
		return switch (properties.store()) {
			case "local" -> new LocalEvidenceStore(properties.local().directory(), clock);
			case "s3" -> new S3EvidenceStore(properties.s3(), clock);
			default -> throw new IllegalStateException(
					"oneteam.evidence.store is local or s3, not " + properties.store());
		};
	}

	/** With the S3 store, each checkpoint of the full-process record is kept in the bucket too. */
	@Bean
	@ConditionalOnProperty(name = "oneteam.evidence.store", havingValue = "s3")
	CheckpointSink s3Checkpoints(EvidenceStore store) {
		return (S3EvidenceStore) store;
	}
}
