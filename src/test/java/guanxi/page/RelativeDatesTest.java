package guanxi.page;

import guanxi.model.Page;
import guanxi.model.Story;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** 昨天, 今日 … in a lead: dated against the story's dateline or the page's date, never guessed. */
class RelativeDatesTest {
    private final PageReader reader = new PageReader();

    private List<String> dates(Page page) {
        return reader.read(page).stories().stream().map(Story::date).toList();
    }

    @Test
    void yesterdayIsTheDayBeforeTheSidecarDate() {
        Page page = new Page("t.txt", """
                新区污水处理厂通水

                本报讯 昨天上午，新区污水处理厂一期工程正式通水运行。
                """, 2023, "2023-03-02");
        assertThat(dates(page)).containsExactly("2023-03-01");
    }

    @Test
    void theDayBeforeNewYearsDayIsInTheYearBefore() {
        Page page = new Page("t.txt", """
                跨年夜志愿服务

                本报讯 昨日，三百名志愿者走上街头开展服务。
                """, 2024, "2024-01-01");
        assertThat(dates(page)).containsExactly("2023-12-31");
    }

    @Test
    void anotherStorysDatelineDatesThePage() {
        Page page = new Page("t.txt", """
                县医院新门诊楼启用

                本报6月3日讯 县人民医院新门诊楼正式启用，日门诊量可达两千人次。


                城南小学扩建开工

                本报讯 前天，城南小学扩建工程开工，新增教室二十四间。


                农技专家下乡

                本报讯 今日，农技专家团走进五个乡镇开展指导。
                """);
        assertThat(dates(page)).containsExactly("06-03", "06-01", "06-03");
    }

    @Test
    void noDatelineAndNoPageDateLeaveNoDate() {
        Page page = new Page("t.txt", """
                城南小学扩建开工

                本报讯 昨天，城南小学扩建工程开工。
                """, 2022);
        assertThat(dates(page)).containsExactly((String) null);
    }

    @Test
    void aMonthAndDayInTheLeadWinsOverARelativeDay() {
        Page page = new Page("t.txt", """
                城南小学扩建开工

                本报讯 5月8日，城南小学扩建工程开工，昨天已完成场地平整。
                """, 2022, "2022-05-10");
        assertThat(dates(page)).containsExactly("2022-05-08");
    }

    @Test
    void theSidecarDateIsReadFromThePageFolder(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path file = dir.resolve("p1.txt");
        Files.writeString(file, "新区污水处理厂通水\n\n本报讯 今天上午，新区污水处理厂一期工程正式通水运行。\n");
        Files.writeString(dir.resolve("p1.meta.json"), "{\"date\": \"2021-11-20\"}");
        Page page = PageFiles.read(file);
        assertThat(page.year()).isEqualTo(2021);
        assertThat(page.date()).isEqualTo("2021-11-20");
        assertThat(dates(page)).containsExactly("2021-11-20");
    }
}
