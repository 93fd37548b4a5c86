package guanxi.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The command table Main registers from names: each name is its command's own, and help still lists them all. */
class MainTest {

    @Test
    void everySubcommandIsRegisteredUnderItsCommandsName() {
        for (Map.Entry<String, String> sub : Main.SUBCOMMANDS.entrySet()) {
            CommandLine.Command command = Main.commandClass(sub.getValue()).getAnnotation(CommandLine.Command.class);
            assertThat(command.name()).as(sub.getValue()).isEqualTo(sub.getKey());
        }
        assertThat(Main.commandLine().getSubcommands().keySet()).containsExactlyElementsOf(Main.SUBCOMMANDS.keySet());
    }

    @Test
    void aNamedSubcommandAloneIsRegisteredAnythingElseGetsAll() {
        assertThat(Main.commandLine("report", "run", "story-graph").getSubcommands().keySet()).containsExactly("report");
        assertThat(Main.commandLine("help", "report").getSubcommands()).hasSize(Main.SUBCOMMANDS.size());
        assertThat(Main.commandLine("reprot").getSubcommands()).hasSize(Main.SUBCOMMANDS.size());
        assertThat(Main.commandLine("--help").getSubcommands()).hasSize(Main.SUBCOMMANDS.size());
    }
}
