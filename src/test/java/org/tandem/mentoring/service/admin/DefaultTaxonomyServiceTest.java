package org.tandem.mentoring.service.admin;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.tandem.mentoring.domain.programme.LearningTheme;
import org.tandem.mentoring.host.HostUsers;
import org.tandem.mentoring.service.Refusal;
import org.tandem.mentoring.store.LearningThemeRepository;
import org.tandem.mentoring.store.StaleVersionException;
import org.tandem.mentoring.store.StoreValidationException;

public class DefaultTaxonomyServiceTest {

    private static final LearningTheme DELEGATING = new LearningTheme(7, 3, null, "struggling", "Delegating");
    private static final LearningTheme PRIORITISING = new LearningTheme(8, 1, null, "struggling", "Prioritising");
    private static final LearningTheme PROGRAMME_OWN = new LearningTheme(9, 1, 42, "struggling", "Own theme");

    private HostUsers users;
    private LearningThemeRepository themes;
    private DefaultTaxonomyService service;

    @Before
    public void setUp() {
        users = mock(HostUsers.class);
        themes = mock(LearningThemeRepository.class);
        service = new DefaultTaxonomyService(users, themes);
        when(themes.findDefaultTaxonomy()).thenReturn(List.of(DELEGATING, PRIORITISING));
        when(themes.findById(7)).thenReturn(Optional.of(DELEGATING));
        when(themes.findById(8)).thenReturn(Optional.of(PRIORITISING));
        when(themes.findById(9)).thenReturn(Optional.of(PROGRAMME_OWN));
        when(themes.findById(99)).thenReturn(Optional.empty());
        when(themes.create(any())).thenAnswer(call -> {
            LearningTheme theme = call.getArgument(0);
            return new LearningTheme(50, 1, null, theme.category(), theme.name());
        });
        when(themes.update(any())).thenAnswer(call -> {
            LearningTheme theme = call.getArgument(0);
            return new LearningTheme(theme.id(), theme.version() + 1, null, theme.category(), theme.name());
        });
        signIn("u-root", true);
    }

    private void signIn(String userKey, boolean admin) {
        when(users.currentUserKey()).thenReturn(Optional.of(userKey));
        when(users.isAdmin(userKey)).thenReturn(admin);
    }

    private static String refused(Class<? extends Refusal> kind, Runnable call) {
        return assertThrows(kind, call::run).messageKey();
    }

    private static Map<String, String> fieldErrors(Runnable call) {
        Refusal.Invalid e = assertThrows(Refusal.Invalid.class, call::run);
        assertEquals(DefaultTaxonomyService.KEY_INVALID, e.messageKey());
        Map<String, String> keys = new LinkedHashMap<>();
        e.fieldErrors().forEach((field, error) -> keys.put(field, error.key()));
        return keys;
    }

    @Test
    public void list_shouldReturnTheDefaultTaxonomyToAnAdmin() {
        assertEquals(List.of(DELEGATING, PRIORITISING), service.list());
    }

    @Test
    public void everyCall_shouldRefuseAnOrdinaryUserAndWriteNothing() {
        signIn("u-ann", false);

        assertThrows(Refusal.Forbidden.class, () -> service.list());
        assertThrows(Refusal.Forbidden.class, () -> service.add("struggling", "Focus"));
        assertThrows(Refusal.Forbidden.class, () -> service.rename(7, 3, "Handing over"));
        assertThrows(Refusal.Forbidden.class, () -> service.remove(8));
        verifyNoInteractions(themes);
    }

    @Test
    public void everyCall_shouldRefuseAnonymousVisitors() {
        when(users.currentUserKey()).thenReturn(Optional.empty());

        assertThrows(Refusal.Forbidden.class, () -> service.list());
        assertThrows(Refusal.Forbidden.class, () -> service.add("struggling", "Focus"));
        verifyNoInteractions(themes);
    }

    @Test
    public void add_shouldStoreATrimmedThemeInTheDefaultTaxonomy() {
        LearningTheme added = service.add("  struggling ", "  Saying no  ");

        ArgumentCaptor<LearningTheme> stored = ArgumentCaptor.forClass(LearningTheme.class);
        verify(themes).create(stored.capture());
        assertEquals(LearningTheme.of(null, "struggling", "Saying no"), stored.getValue());
        assertEquals(50, added.id());
    }

    @Test
    public void add_shouldAcceptANewCategoryTypedIn() {
        service.add("Remote work", "Leading a distributed team");

        verify(themes).create(LearningTheme.of(null, "Remote work", "Leading a distributed team"));
    }

    @Test
    public void add_shouldRequireNameAndCategory() {
        Map<String, String> errors = fieldErrors(() -> service.add(" ", null));

        assertEquals(DefaultTaxonomyService.KEY_REQUIRED, errors.get("category"));
        assertEquals(DefaultTaxonomyService.KEY_REQUIRED, errors.get("name"));
        verify(themes, never()).create(any());
    }

    @Test
    public void add_shouldTakeANameOf255CharactersAndRefuse256() {
        service.add("struggling", "n".repeat(255));

        Map<String, String> errors = fieldErrors(() -> service.add("struggling", "n".repeat(256)));
        assertEquals(Map.of("name", DefaultTaxonomyService.KEY_TOO_LONG), errors);
    }

    @Test
    public void add_shouldRefuseACategoryLongerThan255Characters() {
        assertEquals(Map.of("category", DefaultTaxonomyService.KEY_TOO_LONG),
                fieldErrors(() -> service.add("c".repeat(256), "Focus")));
    }

    @Test
    public void add_shouldRefuseADuplicateNameWithinTheCategoryIgnoringCase() {
        assertEquals(Map.of("name", DefaultTaxonomyService.KEY_DUPLICATE),
                fieldErrors(() -> service.add("struggling", " delegating ")));
        verify(themes, never()).create(any());
    }

    @Test
    public void add_shouldAllowTheSameNameInAnotherCategory() {
        service.add("new-in-role", "Delegating");

        verify(themes).create(LearningTheme.of(null, "new-in-role", "Delegating"));
    }

    @Test
    public void rename_shouldUpdateTheNameAtTheVersionRead() {
        LearningTheme renamed = service.rename(7, 3, " Handing over work ");

        verify(themes).update(new LearningTheme(7, 3, null, "struggling", "Handing over work"));
        assertEquals(4, renamed.version());
    }

    @Test
    public void rename_shouldAllowKeepingTheSameNameInAnotherCase() {
        service.rename(7, 3, "DELEGATING");

        verify(themes).update(new LearningTheme(7, 3, null, "struggling", "DELEGATING"));
    }

    @Test
    public void rename_shouldRefuseTheNameOfAnotherThemeInTheCategory() {
        assertEquals(Map.of("name", DefaultTaxonomyService.KEY_DUPLICATE),
                fieldErrors(() -> service.rename(7, 3, "Prioritising")));
        verify(themes, never()).update(any());
    }

    @Test
    public void rename_shouldRefuseAnEmptyOrTooLongName() {
        assertEquals(Map.of("name", DefaultTaxonomyService.KEY_REQUIRED), fieldErrors(() -> service.rename(7, 3, "")));
        assertEquals(Map.of("name", DefaultTaxonomyService.KEY_TOO_LONG),
                fieldErrors(() -> service.rename(7, 3, "x".repeat(256))));
    }

    @Test
    public void rename_shouldReportAStaleVersion() {
        doThrow(new StaleVersionException("theme", 7, 2)).when(themes).update(any());

        assertEquals(DefaultTaxonomyService.KEY_STALE, refused(Refusal.Conflict.class, () -> service.rename(7, 2, "Handing over")));
    }

    @Test
    public void rename_shouldNotFindAMissingThemeOrAProgrammesOwnTheme() {
        assertEquals(DefaultTaxonomyService.KEY_NOT_FOUND, refused(Refusal.NotFound.class, () -> service.rename(99, 1, "X")));
        assertEquals(DefaultTaxonomyService.KEY_NOT_FOUND, refused(Refusal.NotFound.class, () -> service.rename(9, 1, "X")));
        verify(themes, never()).update(any());
    }

    @Test
    public void remove_shouldDeleteAThemeNobodyHasChosen() {
        service.remove(8);

        verify(themes).delete(8);
    }

    @Test
    public void remove_shouldRefuseAThemeSomebodyHasChosen() {
        doThrow(new StoreValidationException("theme.id", StoreValidationException.Problem.IN_USE, "chosen"))
                .when(themes).delete(7);

        assertEquals(DefaultTaxonomyService.KEY_IN_USE, refused(Refusal.Conflict.class, () -> service.remove(7)));
    }

    @Test
    public void remove_shouldNotFindAMissingThemeOrAProgrammesOwnTheme() {
        assertEquals(DefaultTaxonomyService.KEY_NOT_FOUND, refused(Refusal.NotFound.class, () -> service.remove(99)));
        assertEquals(DefaultTaxonomyService.KEY_NOT_FOUND, refused(Refusal.NotFound.class, () -> service.remove(9)));
        verify(themes, never()).delete(anyInt());
    }
}
