package cn.oneteam.audit;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code oneteam.record.checkpoint}: the Ed25519 key file (generated at first start, owner-only), the checkpoint log
 * file, the interval of the scheduled checkpoint, and optionally the public key the operator pinned (Base64 X.509), so
 * that a key file replaced by someone with file-system access is refused (docs/adr/0007-tamper-evidence.md).
 */
@ConfigurationProperties("oneteam.record.checkpoint")
record CheckpointProperties(@DefaultValue("./keys/record-checkpoint.key") Path keyFile,
		@DefaultValue("./checkpoints/record-checkpoints.log") Path logFile, @DefaultValue("PT1H") Duration interval,
		@Nullable String trustedPublicKey) {
}
