package cn.oneteam;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.springframework.core.io.ClassPathResource;

/** The two message files as tests read them: Chinese (the default) and English. */
public final class MessageFiles {

	private MessageFiles() {
	}

	public static Properties chinese() {
		return load("messages/messages.properties");
	}

	public static Properties english() {
		return load("messages/messages_en.properties");
	}

	private static Properties load(String resource) {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(new ClassPathResource(resource).getInputStream(),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return properties;
	}
}
