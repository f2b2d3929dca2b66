package cn.oneteam.casehandling;

import cn.oneteam.casehandling.general.NoticeSteps;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** The 个体工商户-as-citizen switch is visible where an operator looks: application.yml and the README. */
class CaseSettingsTests {

	private static final String KEY = "oneteam.case.individual-business-as-citizen";

	@Test
	void theIndividualBusinessSwitchIsInApplicationYmlWithTheDefaultTheCodeUses() {
		YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
		yaml.setResources(new ClassPathResource("application.yml"));
		Properties properties = yaml.getObject();
		assertThat(properties).isNotNull();
		assertThat(properties.getProperty(KEY)).isEqualTo("true");
		for (Class<?> type : new Class<?>[] { Cases.class, NoticeSteps.class }) {
			assertThat(defaultIn(type)).as(type.getSimpleName()).isEqualTo(properties.getProperty(KEY));
		}
	}

	@Test
	void theReadmeDocumentsTheSwitch() throws IOException {
		String readme = Files.readString(Path.of("README.md"));
		assertThat(readme).contains("`oneteam.case.*`").contains("`individual-business-as-citizen`");
	}

	private static String defaultIn(Class<?> type) {
		return Arrays.stream(type.getDeclaredConstructors())
			.map(Constructor::getParameters)
			.flatMap(Arrays::stream)
			.map(p -> p.getAnnotation(Value.class))
			.filter(v -> v != null && v.value().startsWith("${" + KEY + ":"))
			.map(v -> v.value().substring(("${" + KEY + ":").length(), v.value().length() - 1))
			.findFirst()
			.orElseThrow();
	}
}
