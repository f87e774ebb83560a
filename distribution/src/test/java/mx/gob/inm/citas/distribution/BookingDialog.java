package mx.gob.inm.citas.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/** The agenda's booking dialog in the console, filled in as staff fill it for an applicant at the desk. */
final class BookingDialog {

    private BookingDialog() {
    }

    /**
     * Books through the dialog on the agenda's day, at its first free time, for CANJE-RT (a Honduran born on
     * 2 March 1988, with {@code email} unless it is null); with the form filled in, {@code step} is checked
     * ({@link Browser#checkStep}) unless it is null. Returns the code the dialog shows; the dialog stays open.
     */
    static String book(Browser browser, String givenNames, String surnames, String passport, String email,
            String step) {
        browser.byId("agendaForm:bookFor").click();
        browser.awaitAjax();
        Select procedure = new Select(browser.byId("bookForm:procedure"));
        if (!"CANJE-RT".equals(procedure.getFirstSelectedOption().getAttribute("value"))) {
            procedure.selectByValue("CANJE-RT");
            browser.awaitAjax();
        }
        browser.byId("bookForm:givenNames").sendKeys(givenNames);
        browser.byId("bookForm:surnames").sendKeys(surnames);
        new Select(browser.byId("bookForm:nationality")).selectByValue("HND");
        browser.byId("bookForm:passport").sendKeys(passport);
        ((JavascriptExecutor) browser.driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));",
                browser.byId("bookForm:dateOfBirth"), "1988-03-02");
        browser.awaitAjax();
        if (email != null) {
            browser.byId("bookForm:email").sendKeys(email);
        }
        if (step != null) {
            browser.checkStep(step);
        }
        browser.byId("bookForm:confirmBooking").click();
        browser.awaitAjax();
        assertThat(browser.text()).contains("Cita agendada. Código de confirmación:");
        return browser.find(".booked-code").getText().strip();
    }
}
