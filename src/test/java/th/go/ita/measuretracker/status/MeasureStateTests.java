package th.go.ita.measuretracker.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The status rules as SQL, without the application: every kind of row is in exactly one state, the same one the
 * overview's CASE gives it, and the states rank in the overview's order.
 */
class MeasureStateTests {

	static final LocalDate TODAY = LocalDate.of(2024, 6, 1);
	static final LocalDate RISK_DAY = TODAY.plusDays(30);

	record Row(boolean done, LocalDate deadline, LocalDate reportDueOpen, String closedAs, MeasureState expected) {

		Row(boolean done, LocalDate deadline, LocalDate reportDueOpen, MeasureState expected) {
			this(done, deadline, reportDueOpen, null, expected);
		}
	}

	static final List<Row> ROWS = List.of(
			new Row(true, TODAY.minusDays(10), TODAY.minusDays(5), MeasureState.DONE),
			new Row(false, TODAY.minusDays(1), null, MeasureState.OVERDUE),
			new Row(false, TODAY.minusDays(1), TODAY.minusDays(3), MeasureState.OVERDUE),
			new Row(false, TODAY.plusDays(100), TODAY.minusDays(1), MeasureState.REPORT_MISSING),
			new Row(false, TODAY, TODAY.minusDays(1), MeasureState.REPORT_MISSING),
			new Row(false, TODAY, null, MeasureState.AT_RISK),
			new Row(false, RISK_DAY, TODAY, MeasureState.AT_RISK),
			new Row(false, RISK_DAY.plusDays(1), null, MeasureState.ON_TRACK),
			new Row(false, RISK_DAY.plusDays(1), TODAY, MeasureState.ON_TRACK),
			new Row(false, TODAY.minusDays(1), TODAY.minusDays(3), "CANCELLED", MeasureState.CANCELLED),
			new Row(false, RISK_DAY.plusDays(1), null, "CANCELLED", MeasureState.CANCELLED),
			new Row(false, TODAY.minusDays(1), TODAY.minusDays(3), "CARRIED_OVER", MeasureState.CARRIED_OVER));

	@Test
	void everyRowIsInExactlyOneStateTheOneTheCaseGivesIt() throws Exception {
		try (Connection db = DriverManager.getConnection("jdbc:h2:mem:measure-state-rules")) {
			db.createStatement().execute("create table measure_status (id int, done boolean not null,"
					+ " deadline date not null, report_due_open date, closed_as varchar(20))");
			for (int i = 0; i < ROWS.size(); i++) {
				Row row = ROWS.get(i);
				try (PreparedStatement insert = db.prepareStatement("insert into measure_status values (?, ?, ?, ?, ?)")) {
					insert.setInt(1, i);
					insert.setBoolean(2, row.done());
					insert.setDate(3, Date.valueOf(row.deadline()));
					insert.setDate(4, row.reportDueOpen() == null ? null : Date.valueOf(row.reportDueOpen()));
					insert.setString(5, row.closedAs());
					insert.execute();
				}
			}
			for (int i = 0; i < ROWS.size(); i++) {
				Row row = ROWS.get(i);
				List<MeasureState> matching = new ArrayList<>();
				for (MeasureState state : MeasureState.values()) {
					if (!values(db, "select id from measure_status s where " + state.sqlPredicate(), i).isEmpty()) {
						matching.add(state);
					}
				}
				assertThat(matching).as(row.toString()).containsExactly(row.expected());
				assertThat(values(db, "select " + MeasureState.SQL_CASE + " from measure_status s where id = ?", i))
					.as(row.toString()).containsExactly(row.expected().name());
				assertThat(values(db, "select " + MeasureState.SQL_RANK + " from measure_status s where id = ?", i))
					.containsExactly(String.valueOf(row.expected().ordinal()));
			}
		}
	}

	private static List<String> values(Connection db, String sql, int id) throws Exception {
		String bound = sql.replace(":today", "date '" + TODAY + "'").replace(":riskDay", "date '" + RISK_DAY + "'");
		boolean byId = bound.contains("where id = ?");
		try (PreparedStatement query = db.prepareStatement(byId ? bound : bound + " and id = ?")) {
			query.setInt(1, id);
			List<String> values = new ArrayList<>();
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					values.add(rows.getString(1));
				}
			}
			return values;
		}
	}
}
