package cn.oneteam.demo;

import java.util.List;

import cn.oneteam.identity.SystemActor;
import cn.oneteam.organization.FormerTeams;
import cn.oneteam.organization.Organization;
import cn.oneteam.organization.Organizations;
import cn.oneteam.region.Regions;
import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.JurisdictionScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The teams 海西's seven bureaus absorbed on the day of the reform, as many per bureau as {@link DemoForce} counts
 * before consolidation (8, 8, 5, 8, 8, 7, 4): the departments' enforcement teams in the order reform documents list
 * them, with their people. The reform report counts its teams before consolidation from these
 * (docs/adr/0051-reform-report.md). The names are the usual ones; the people are ours.
 */
@Component
@Profile("demo")
@Order(62)
class DemoReform implements DemoStep {

	/** Former team, its department (after the county's name), its people. */
	private record Former(String team, String department, int people) {
	}

	private static final List<Former> FORMER = List.of(new Former("城市管理行政执法大队", "住房和城乡建设局", 14),
			new Former("市场监管综合执法大队", "市场监督管理局", 9), new Former("生态环境保护综合执法大队", "生态环境局", 6),
			new Former("交通运输综合执法大队", "交通运输局", 7), new Former("农业综合执法大队", "农业农村局", 5),
			new Former("文化市场综合执法大队", "文体旅游广电局", 4), new Former("自然资源执法监察大队", "自然资源局", 5),
			new Former("水政监察大队", "水利局", 3));

	private static final Logger log = LoggerFactory.getLogger(DemoReform.class);

	private final Organizations organizations;

	private final FormerTeams formerTeams;

	private final Regions regions;

	DemoReform(Organizations organizations, FormerTeams formerTeams, Regions regions) {
		this.organizations = organizations;
		this.formerTeams = formerTeams;
		this.regions = regions;
	}

	@Override
	public void run(ApplicationArguments args) {
		JurisdictionScope all = JurisdictionScope.nationwide();
		Organization delingha = organizations.findByCode("632802-zhzf").orElseThrow();
		if (!formerTeams.of(delingha.id(), all).isEmpty()) {
			return;
		}
		SystemActor.call(() -> {
			for (DemoForce.Bureau bureau : DemoForce.BUREAUS) {
				Organization body = organizations.findByCode(bureau.county() + "-zhzf").orElseThrow();
				String county = regions.require(DivisionCode.of(bureau.county())).name();
				for (Former former : FORMER.subList(0, bureau.teamsBefore())) {
					formerTeams.record(body.id(), county + former.team(), county + former.department(), former.people(),
							DemoForce.REFORM_DATE, all);
				}
			}
			return null;
		});
		log.info("Demo former teams of 海西州 recorded");
	}
}
