package th.go.ita.measuretracker.security;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Checks a user's authorizations with all of their groups, instead of first reading every group that has an
 * authorization. Camunda does that read ({@code SELECT distinct GROUP_ID_ FROM ACT_RU_AUTHORIZATION}) once per
 * command, so that a user of hundreds of directory groups is checked with only the few that matter. Here it costs
 * more than it saves: Camunda writes one authorization per open task for its candidate group, so the read scans a
 * table as large as the open work — at 40,000 open steps it was most of a task completion (BENCHMARKS.md). Our users
 * belong to a few groups, and a group without authorizations matches no row, so the answer is the same.
 */
@Component
class AuthorizedGroupsAsGiven extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<SessionFactory> factories = new ArrayList<>();
		if (configuration.getCustomSessionFactories() != null) {
			factories.addAll(configuration.getCustomSessionFactories());
		}
		// registered after the engine's own, so it replaces the AuthorizationManager for every command
		factories.add(new SessionFactory() {

			@Override
			public Class<?> getSessionType() {
				return AuthorizationManager.class;
			}

			@Override
			public Session openSession() {
				return new GroupsAsGiven();
			}
		});
		configuration.setCustomSessionFactories(factories);
	}

	static class GroupsAsGiven extends AuthorizationManager {

		@Override
		public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
			// a mutable ArrayList: the engine's SQL mappings read its size, and some JDK lists hide it from them
			return authenticatedGroupIds == null ? new ArrayList<>()
					: new ArrayList<>(authenticatedGroupIds.stream()
						.filter(Objects::nonNull)
						.collect(Collectors.toCollection(LinkedHashSet::new)));
		}
	}
}
