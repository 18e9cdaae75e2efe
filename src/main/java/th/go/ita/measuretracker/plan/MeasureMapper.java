package th.go.ita.measuretracker.plan;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import th.go.ita.measuretracker.fiscal.ThaiDates;
import th.go.ita.measuretracker.fiscal.Wording;

@Mapper(componentModel = "spring")
interface MeasureMapper {

	@Mapping(target = "deadlineThai", source = "row.deadline")
	@Mapping(target = "steps", source = "steps")
	MeasureView toView(PlanRepository.MeasureRow row, List<PlanRepository.StepRow> steps);

	@Mapping(target = "group", source = "groupId")
	MeasureView.StepView toView(PlanRepository.StepRow step);

	default List<Integer> numbers(String commaSeparated) {
		return commaSeparated == null || commaSeparated.isBlank() ? List.of()
				: Arrays.stream(commaSeparated.split(",")).map(String::trim).map(Integer::valueOf).toList();
	}

	/** The API's deadlineThai: Thai whatever the caller's language, as its name says. */
	default String thaiDate(LocalDate date) {
		return date == null ? null : ThaiDates.date(date, Wording.THAI);
	}
}
