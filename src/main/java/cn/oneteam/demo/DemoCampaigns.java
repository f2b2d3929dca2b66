package cn.oneteam.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.oneteam.shared.ChinaTime;
import cn.oneteam.supervision.campaign.CampaignViews.Campaign;
import cn.oneteam.supervision.campaign.CampaignViews.DrawnCase;
import cn.oneteam.supervision.campaign.CampaignViews.ItemScore;
import cn.oneteam.supervision.campaign.CampaignViews.NewCampaign;
import cn.oneteam.supervision.campaign.CampaignViews.Scores;
import cn.oneteam.supervision.campaign.CampaignViews.Sheet;
import cn.oneteam.supervision.campaign.CampaignViews.SheetItem;
import cn.oneteam.supervision.campaign.Campaigns;
import cn.oneteam.supervision.campaign.Rectification;
import cn.oneteam.supervision.campaign.Rectifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * One review campaign of 海西州司法局 over the demo's closed cases (docs/adr/0035-review-campaigns-and-rectification.md):
 * 10 % per body, at least one, drawn; the first drawn case scored in full by the supervisor (the self-review's items
 * confirmed, the reviewer's items with one deduction and its reason), and a rectification task opened for its body,
 * open. Driven through the real services; idempotent (skipped once the supervisor sees a campaign).
 */
@Component
@Profile("demo")
@Order(51)
class DemoCampaigns implements DemoStep {

	private static final Logger log = LoggerFactory.getLogger(DemoCampaigns.class);

	private final Campaigns campaigns;

	private final Rectifications rectifications;

	private final UserDetailsService users;

	private final Clock clock;

	DemoCampaigns(Campaigns campaigns, Rectifications rectifications, UserDetailsService users, Clock clock) {
		this.campaigns = campaigns;
		this.rectifications = rectifications;
		this.users = users;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		var supervisor = users.loadUserByUsername("hx.supervisor");
		if (!SignedIn.as(supervisor, campaigns::list).isEmpty()) {
			return;
		}
		LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
		SignedIn.as(supervisor, caller -> {
			Campaign campaign = campaigns.create(new NewCampaign("（演示）海西州2026年度行政处罚案卷评查", today.minusYears(2), today,
					null, BigDecimal.TEN, 1, List.of(caller.accountId())), caller);
			campaigns.draw(campaign.id(), caller);
			List<DrawnCase> drawn = campaigns.cases(campaign.id(), caller);
			if (drawn.isEmpty()) {
				log.info("Demo campaign {} drew no case", campaign.id());
				return null;
			}
			DrawnCase first = drawn.get(0);
			Sheet sheet = campaigns.sheet(campaign.id(), first.caseId(), caller);
			List<ItemScore> items = new ArrayList<>();
			for (SheetItem item : sheet.items()) {
				if (item.machine()) {
					continue;
				}
				if ("VETO".equals(item.kind())) {
					items.add(new ItemScore(item.code(), null, false, null));
				}
				else if ("C08".equals(item.code())) {
					items.add(new ItemScore(item.code(), item.maxPoints().subtract(BigDecimal.valueOf(4)), null,
							"现场检查笔录未记录检查起止时间，证据链有欠缺"));
				}
				else {
					items.add(new ItemScore(item.code(), item.maxPoints(), null, null));
				}
			}
			Sheet scored = campaigns.score(campaign.id(), first.caseId(), new Scores(items, true), caller);
			Rectification task = rectifications.open(new Rectification.NewRectification(first.bodyId(),
					Rectification.Source.CAMPAIGN, first.reference(), "补正现场检查笔录的检查起止时间，并组织笔录制作培训",
					today.plusDays(30)), caller);
			log.info("Demo campaign {} drew {} case(s); {} scored {} ({}); rectification {} open", campaign.id(),
					drawn.size(), first.reference(), scored.score(), scored.grade(), task.id());
			return null;
		});
	}
}
