package cn.oneteam.demo;

import cn.oneteam.organization.Organizations;
import cn.oneteam.supervision.ComplaintInputs.NewComplaint;
import cn.oneteam.supervision.ComplaintInputs.Receipt;
import cn.oneteam.supervision.Complaint;
import cn.oneteam.supervision.Complaints;
import cn.oneteam.supervision.Finding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Two complaints about 德令哈's enforcement bureau (docs/adr/0033-enforcement-complaints.md): one from the public form,
 * accepted and concluded partly substantiated by 海西州司法局's supervisor; one from a 12345 work order, received and
 * waiting. Driven through the real service; idempotent (skipped once the supervisor sees complaints).
 */
@Component
@Profile("demo")
@Order(49)
class DemoComplaints implements DemoStep {

	private static final Logger log = LoggerFactory.getLogger(DemoComplaints.class);

	private final Complaints complaints;

	private final Organizations organizations;

	private final UserDetailsService users;

	DemoComplaints(Complaints complaints, Organizations organizations, UserDetailsService users) {
		this.complaints = complaints;
		this.organizations = organizations;
		this.users = users;
	}

	@Override
	public void run(ApplicationArguments args) {
		var supervisor = users.loadUserByUsername("hx.supervisor");
		if (!SignedIn.as(supervisor, complaints::list).isEmpty()) {
			return;
		}
		long bureau = organizations.findByCode("632802-zhzf").orElseThrow().id().value();
		Receipt online = complaints.submit(new NewComplaint("张伟", "13800138000", bureau, null, null, null,
				"在河西街道检查门店时，执法人员未出示执法证件，也未告知检查依据。"));
		SignedIn.as(supervisor, caller -> {
			Complaint complaint = complaints.list(caller).stream()
				.filter(c -> c.trackingNumber().equals(online.trackingNumber()))
				.findFirst()
				.orElseThrow();
			complaints.accept(complaint.id(), caller);
			return complaints.conclude(complaint.id(), Finding.PARTLY,
					"经核查，执法人员出示了执法证件但未主动告知检查依据，已责令德令哈市综合行政执法局整改并组织培训。", caller);
		});
		Receipt hotline = SignedIn.as(users.loadUserByUsername("hx.hotline"),
				caller -> complaints.fromHotline("12345-DEMO-COMPLAINT-0001", new NewComplaint("李娜", "13900139000",
						bureau, null, null, null, "反映执法人员在处理占道经营时态度粗暴，并扣押物品未开具清单。"), caller));
		log.info("Demo complaints loaded: {} (concluded), {} (12345, waiting)", online.trackingNumber(),
				hotline.trackingNumber());
	}
}
