package cn.oneteam;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(OneTeamApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void theFoundationModulesExist() {
		assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
			.contains("shared", "platform", "calendar", "region", "identity", "organization", "demo");
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
	}
}
