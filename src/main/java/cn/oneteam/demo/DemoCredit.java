package cn.oneteam.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import cn.oneteam.credit.AbnormalGround;
import cn.oneteam.credit.Credit;
import cn.oneteam.credit.CreditInputs;
import cn.oneteam.credit.FactKind;
import cn.oneteam.credit.ListKind;
import cn.oneteam.identity.Accounts;
import cn.oneteam.identity.SystemActor;
import cn.oneteam.organization.Organizations;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.subject.SubjectKind;
import cn.oneteam.subject.SubjectView;
import cn.oneteam.subject.Subjects;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's credit records (docs/adr/0022-credit-and-risk.md): four 德令哈 demo restaurant companies — two on the 经营异常名录
 * (class B), one also failed two inspections (class C), one on the 严重违法失信名单 (class D). Skipped when the first of
 * them is listed already.
 */
@Component
@Profile("demo")
@Order(39)
class DemoCredit implements DemoStep {

	private static final String BODY = "德令哈市市场监督管理局";

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DemoCredit.class);

	private final Subjects subjects;

	private final Credit credit;

	private final Accounts accounts;

	private final Organizations organizations;

	DemoCredit(Subjects subjects, Credit credit, Accounts accounts, Organizations organizations) {
		this.subjects = subjects;
		this.credit = credit;
		this.accounts = accounts;
		this.organizations = organizations;
	}

	@Override
	public void run(ApplicationArguments args) {
		ScopedPrincipal operator = ScopedPrincipal.nationwide(accounts.idOf("admin").orElseThrow(), "admin",
				organizations.findByCode("platform").orElseThrow().id().value());
		SystemActor.call(() -> {
			List<SubjectView> delingha = subjects.byName("餐饮有限公司", operator).stream()
				.filter(s -> s.kind() == SubjectKind.LEGAL_PERSON && s.code().startsWith("91")
						&& s.divisionCode().startsWith("632802"))
				.limit(4)
				.toList();
			if (delingha.size() < 4 || !credit.of(delingha.get(0).id(), operator).lists().isEmpty()) {
				return null;
			}
			LocalDate today = LocalDate.now(ChinaTime.ZONE);
			OffsetDateTime now = OffsetDateTime.now(ChinaTime.ZONE);
			abnormal(delingha.get(0), AbnormalGround.ANNUAL_REPORT, "（演示）未按规定报送2025年度报告", today.minusMonths(2),
					operator);
			abnormal(delingha.get(1), AbnormalGround.UNREACHABLE, "（演示）通过登记的住所无法联系", today.minusMonths(8),
					operator);
			abnormal(delingha.get(2), AbnormalGround.INFORMATION_NOT_PUBLISHED, "（演示）未按规定公示即时信息",
					today.minusMonths(1), operator);
			for (int i = 1; i <= 2; i++) {
				credit.observed(delingha.get(2).id(), FactKind.INSPECTION_FAILED, "demo:inspection:" + i,
						today.minusMonths(i), "（演示）双随机抽查不合格", now);
			}
			credit.list(delingha.get(3).id(), new CreditInputs.Listing(ListKind.SERIOUS, null,
					"（演示）提供虚假材料取得许可，被吊销营业执照", BODY, null, "（演示）德市监罚〔2026〕9号", today.minusMonths(3)),
					operator);
			log.info("Demo credit: classes B, B, C, D at /credit/subjects/{}, {}, {}, {}", delingha.get(0).id(),
					delingha.get(1).id(), delingha.get(2).id(), delingha.get(3).id());
			return null;
		});
	}

	private void abnormal(SubjectView subject, AbnormalGround ground, String reason, LocalDate on,
			ScopedPrincipal operator) {
		credit.list(subject.id(), new CreditInputs.Listing(ListKind.ABNORMAL, ground, reason, BODY, null, null, on),
				operator);
	}
}
