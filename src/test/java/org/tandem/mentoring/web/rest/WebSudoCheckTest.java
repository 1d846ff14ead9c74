package org.tandem.mentoring.web.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoNotRequired;
import com.atlassian.sal.api.websudo.WebSudoRequired;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.tandem.mentoring.web.rest.orgchart.OrgChartResource;
import org.tandem.mentoring.web.rest.themes.DefaultThemesResource;

public class WebSudoCheckTest {

    @WebSudoRequired
    static class Secured {
        public void secured() {
        }

        @WebSudoNotRequired
        public void open() {
        }
    }

    static class Plain {
        public void plain() {
        }

        @WebSudoRequired
        public void secured() {
        }
    }

    private WebSudoManager webSudo;
    private HttpServletRequest request;
    private ResourceInfo resource;
    private ContainerRequestContext context;
    private WebSudoCheck check;

    @Before
    public void setUp() {
        webSudo = mock(WebSudoManager.class);
        request = mock(HttpServletRequest.class);
        resource = mock(ResourceInfo.class);
        context = mock(ContainerRequestContext.class);
        I18nResolver i18n = mock(I18nResolver.class);
        when(i18n.getText(WebSudoCheck.KEY_REQUIRED)).thenReturn("Confirm your password.");
        check = new WebSudoCheck(webSudo, i18n);
        check.resource = resource;
        check.request = request;
    }

    private void calling(Class<?> type, String method) throws NoSuchMethodException {
        Method m = type.getMethod(method);
        when(resource.getResourceMethod()).thenReturn(m);
        when(resource.getResourceClass()).thenAnswer(invocation -> type);
    }

    @Test
    public void filter_shouldAnswer401WithoutSecureSession() throws Exception {
        calling(Secured.class, "secured");
        when(webSudo.canExecuteRequest(request)).thenReturn(false);

        check.filter(context);

        ArgumentCaptor<Response> answer = ArgumentCaptor.forClass(Response.class);
        verify(context).abortWith(answer.capture());
        assertEquals(401, answer.getValue().getStatus());
        assertEquals(Map.of("status", 401, "message", "Confirm your password."), answer.getValue().getEntity());
    }

    @Test
    public void filter_shouldLetASecureSessionThrough() throws Exception {
        calling(Secured.class, "secured");
        when(webSudo.canExecuteRequest(request)).thenReturn(true);

        check.filter(context);

        verify(context, never()).abortWith(any());
    }

    @Test
    public void filter_shouldLeaveMethodsWithoutTheAnnotationAlone() throws Exception {
        calling(Plain.class, "plain");

        check.filter(context);

        verify(context, never()).abortWith(any());
        verify(webSudo, never()).canExecuteRequest(any());
    }

    @Test
    public void filter_shouldLetBasicCredentialsThrough() throws Exception {
        calling(Secured.class, "secured");
        when(request.getHeader("Authorization")).thenReturn("Basic YWRtaW46YWRtaW4=");

        check.filter(context);

        verify(context, never()).abortWith(any());
    }

    @Test
    public void required_shouldTakeTheNearestAnnotation() throws Exception {
        assertTrue(WebSudoCheck.required(Secured.class.getMethod("secured"), Secured.class));
        assertFalse(WebSudoCheck.required(Secured.class.getMethod("open"), Secured.class));
        assertTrue(WebSudoCheck.required(Plain.class.getMethod("secured"), Plain.class));
        assertFalse(WebSudoCheck.required(Plain.class.getMethod("plain"), Plain.class));
    }

    @Test
    public void required_shouldCoverEveryAdministrationResourceMethod() {
        for (Class<?> type : new Class<?>[] {OrgChartResource.class, DefaultThemesResource.class}) {
            for (Method method : type.getDeclaredMethods()) {
                if (java.lang.reflect.Modifier.isPublic(method.getModifiers())) {
                    assertTrue(method.toString(), WebSudoCheck.required(method, type));
                }
            }
        }
    }
}
