package th.go.ita.measuretracker.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import th.go.ita.measuretracker.security.Viewer;
import th.go.ita.measuretracker.support.PostgresTest;

/** The status SQL (state derivation, filters, paging, totals) on the real PostgreSQL. */
@PostgresTest
class StatusPostgresTests {

	@Autowired StatusFixture fixture;
	@Autowired StatusService status;

	@Test
	void everyStateFiltersPagingAndTotalsOnPostgres() {
		fixture.measuresInEveryState();
		Viewer manager = Viewer.of(UsernamePasswordAuthenticationToken.authenticated("sudamanager", null,
				List.of(new SimpleGrantedAuthority("ROLE_MANAGER"))));
		Viewer member = Viewer.of(UsernamePasswordAuthenticationToken.authenticated("somchai", null,
				List.of(new SimpleGrantedAuthority("GROUP_directorate"))));

		StatusOverview all = status.overview(new StatusFilter(2567, null, null, null, null), manager, 0, 50);
		List<String> rows = new ArrayList<>();
		all.rows().forEach(r -> rows.add(r.businessKey() + ":" + r.state()));
		assertThat(rows).containsExactlyElementsOf(StatusViewTests.EVERY_STATE_IN_ORDER);
		assertThat(all.totalsByState()).as("one measure in each state; the carried-over one is in 2566")
			.containsOnlyKeys(MeasureState.values())
			.allSatisfy((state, count) -> assertThat(count).as(state.name())
				.isEqualTo(state == MeasureState.CARRIED_OVER ? 0 : 1));
		assertThat(status.overview(new StatusFilter(2566, null, null, null, null), manager, 0, 50).rows())
			.extracting(r -> r.businessKey() + ":" + r.state()).containsExactly("FY2566-C1:CARRIED_OVER");
		assertThat(status.overview(new StatusFilter(2567, 4, null, null, 9), manager, 0, 50).rows())
			.extracting(StatusRow::businessKey).containsExactly("FY2567-S5");
		assertThat(status.overview(new StatusFilter(2567, null, null, MeasureState.REPORT_MISSING, null), manager, 0, 50)
			.rows()).extracting(StatusRow::businessKey).containsExactly("FY2567-S2");
		assertThat(status.overview(new StatusFilter(2567, null, null, null, null), member, 1, 2).rows())
			.extracting(StatusRow::businessKey).containsExactly("FY2567-S3", "FY2567-S5");
		assertThat(all.stepsCompletedByMonth().get(7).stepsCompleted()).as("May 2024 is the 8th month").isEqualTo(1);
	}
}
