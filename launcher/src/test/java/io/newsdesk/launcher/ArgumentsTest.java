package io.newsdesk.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArgumentsTest {
    private static final Set<String> FLAGS = Set.of("from-beginning");
    private static final Set<String> OPTIONS = Set.of("max");

    @Test
    void separatesPositionalsFlagsAndOptions() throws UsageException {
        Arguments args = Arguments.parse(List.of("articles.published", "--from-beginning", "--max", "5"), FLAGS, OPTIONS);

        assertEquals(List.of("articles.published"), args.positionals());
        assertTrue(args.flag("from-beginning"));
        assertEquals(Optional.of(5L), args.longOption("max", 1));
    }

    @Test
    void acceptsAnOptionValueAfterAnEqualsSign() throws UsageException {
        Arguments args = Arguments.parse(List.of("--max=12", "t"), FLAGS, OPTIONS);

        assertEquals(Optional.of(12L), args.longOption("max", 1));
        assertFalse(args.flag("from-beginning"));
        assertEquals(List.of("t"), args.positionals());
    }

    @Test
    void aMisspeltOptionIsAnErrorThatNamesItAndTheAcceptedOnes() {
        UsageException e = assertThrows(UsageException.class,
                () -> Arguments.parse(List.of("t", "--from-begining"), FLAGS, OPTIONS));

        assertEquals("unknown option --from-begining (accepted: --from-beginning, --max)", e.getMessage());
    }

    @Test
    void singleDashOptionsAreRefusedRatherThanTakenForFiles() {
        UsageException e = assertThrows(UsageException.class, () -> Arguments.parse(List.of("-m", "3"), FLAGS, OPTIONS));

        assertEquals("unknown option -m (options are written --name)", e.getMessage());
    }

    @Test
    void doubleDashEndsTheOptionsSoOddFileNamesCanBeGiven() throws UsageException {
        Arguments args = Arguments.parse(List.of("--", "--max", "-"), FLAGS, OPTIONS);

        assertEquals(List.of("--max", "-"), args.positionals());
        assertEquals(Optional.empty(), args.option("max"));
    }

    @Test
    void anOptionWithoutItsValueIsAnError() {
        UsageException e = assertThrows(UsageException.class, () -> Arguments.parse(List.of("t", "--max"), FLAGS, OPTIONS));

        assertEquals("--max needs a value", e.getMessage());
    }

    @Test
    void aFlagGivenAValueIsAnError() {
        UsageException e = assertThrows(UsageException.class,
                () -> Arguments.parse(List.of("--from-beginning=yes"), FLAGS, OPTIONS));

        assertEquals("--from-beginning takes no value", e.getMessage());
    }

    @Test
    void anOptionGivenTwiceIsAnError() {
        UsageException e = assertThrows(UsageException.class,
                () -> Arguments.parse(List.of("--max", "1", "--max", "2"), FLAGS, OPTIONS));

        assertEquals("--max is given twice", e.getMessage());
    }

    @Test
    void numericOptionsMustBeWholeNumbersAboveTheMinimum() throws UsageException {
        Arguments notANumber = Arguments.parse(List.of("--max", "ten"), FLAGS, OPTIONS);
        Arguments zero = Arguments.parse(List.of("--max", "0"), FLAGS, OPTIONS);

        assertEquals("--max must be a whole number, was 'ten'",
                assertThrows(UsageException.class, () -> notANumber.longOption("max", 1)).getMessage());
        assertEquals("--max must be at least 1, was 0",
                assertThrows(UsageException.class, () -> zero.longOption("max", 1)).getMessage());
    }

    @Test
    void requirePositionalsNamesWhatIsMissingOrTooMuch() throws UsageException {
        Arguments none = Arguments.parse(List.of(), FLAGS, OPTIONS);
        Arguments two = Arguments.parse(List.of("a", "b"), FLAGS, OPTIONS);

        assertEquals("missing TOPIC", assertThrows(UsageException.class, () -> none.requirePositionals(1, 1, "TOPIC")).getMessage());
        assertEquals("too many arguments: b", assertThrows(UsageException.class, () -> two.requirePositionals(1, 1, "TOPIC")).getMessage());
    }

    @Test
    void anEmptyValueIsAnErrorAndALoneDashIsAnArgument() throws UsageException {
        assertEquals("--max needs a non-empty value",
                assertThrows(UsageException.class, () -> Arguments.parse(List.of("--max="), FLAGS, OPTIONS)).getMessage());
        assertEquals(List.of("-"), Arguments.parse(List.of("-"), FLAGS, OPTIONS).positionals());
    }
}
