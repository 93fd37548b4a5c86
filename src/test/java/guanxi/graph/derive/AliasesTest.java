package guanxi.graph.derive;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class AliasesTest {

    @Test
    void everyOtherFormOnceInFirstSeenOrder() {
        assertThat(Aliases.of("东岭矿业有限公司", Arrays.asList("东岭矿业", null, "东岭矿业有限公司", "东岭公司", "东岭矿业")))
                .containsExactly("东岭矿业", "东岭公司");
    }

    @Test
    void noOtherFormIsNoAlias() {
        assertThat(Aliases.of("柏林川", Arrays.asList("柏林川", null))).isEmpty();
    }
}
