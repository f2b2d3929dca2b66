package cn.oneteam.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * The partners' HMAC secrets at rest: AES-256-GCM under a key kept in a file outside the database (generated at first
 * start, owner-only), so that a copy of the database alone does not let anyone sign as OneTeam
 * (docs/adr/0021-approval-exchange.md). Also makes new secrets: 32 random bytes, Base64url.
 */
@Component
class SecretCipher {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKeySpec key;

	SecretCipher(ExchangeProperties properties) {
		this.key = new SecretKeySpec(loadOrGenerate(properties.keyFile()), "AES");
	}

	/** A fresh secret as the partner receives it (shown once). */
	String newSecret() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	String encrypt(String secret) {
		try {
			byte[] iv = new byte[12];
			RANDOM.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
			byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
			byte[] out = new byte[iv.length + sealed.length];
			System.arraycopy(iv, 0, out, 0, iv.length);
			System.arraycopy(sealed, 0, out, iv.length, sealed.length);
			return Base64.getEncoder().encodeToString(out);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("cannot encrypt a partner secret", e);
		}
	}

	String decrypt(String stored) {
		try {
			byte[] in = Base64.getDecoder().decode(stored);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, in, 0, 12));
			return new String(cipher.doFinal(in, 12, in.length - 12), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("a partner secret does not open with the exchange key file", e);
		}
	}

	private static byte[] loadOrGenerate(Path file) {
		try {
			if (Files.exists(file)) {
				byte[] bytes = Base64.getDecoder().decode(Files.readString(file).strip());
				if (bytes.length != 32) {
					throw new IllegalStateException("the exchange key file " + file + " does not hold a 256-bit key");
				}
				return bytes;
			}
			byte[] bytes = new byte[32];
			RANDOM.nextBytes(bytes);
			Path parent = file.toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			Files.writeString(file, Base64.getEncoder().encodeToString(bytes));
			try {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException e) {
				// not a POSIX file system: the operator protects the file
			}
			return bytes;
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read or create the exchange key file " + file, e);
		}
	}
}
