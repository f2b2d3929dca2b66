package cn.oneteam;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** OneTeam 综合行政执法一体化平台: one enforcement team per place, one catalogue, one flow. */
@Modulithic(systemName = "OneTeam", sharedModules = "shared")
@SpringBootApplication
public class OneTeamApplication {

	public static void main(String[] args) {
		SpringApplication.run(OneTeamApplication.class, args);
	}
}
