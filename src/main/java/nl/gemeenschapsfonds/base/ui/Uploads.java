package nl.gemeenschapsfonds.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;

import java.util.List;

/** The texts of an upload field in the user's language (the web component's own are English). */
public final class Uploads {

    private Uploads() {
    }

    /** With the largest size and the file types allowed, as the user reads them (e.g. "10 MB", "PDF, JPG of PNG"). */
    public static UploadI18N i18n(Component on, String maxSize, String fileTypes) {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(on.getTranslation("attachments.upload.dropOne"))
                .setMany(on.getTranslation("attachments.upload.dropMany")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(on.getTranslation("attachments.upload.addOne"))
                .setMany(on.getTranslation("attachments.upload.addMany")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(on.getTranslation("attachments.upload.tooManyFiles"))
                .setFileIsTooBig(on.getTranslation("attachments.upload.fileIsTooBig", maxSize))
                .setIncorrectFileType(on.getTranslation("attachments.upload.incorrectFileType", fileTypes)));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(on.getTranslation("attachments.upload.connecting"))
                        .setStalled(on.getTranslation("attachments.upload.stalled"))
                        .setProcessing(on.getTranslation("attachments.upload.processing"))
                        .setHeld(on.getTranslation("attachments.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(on.getTranslation("attachments.upload.remainingPrefix"))
                        .setUnknown(on.getTranslation("attachments.upload.remainingUnknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(on.getTranslation("attachments.upload.serverUnavailable"))
                        .setUnexpectedServerError(on.getTranslation("attachments.upload.unexpectedServerError"))
                        // the web component shows this for every 4xx but 413, so also for the service's refusals (422)
                        .setForbidden(on.getTranslation("attachments.upload.refused"))
                        .setFileTooLarge(on.getTranslation("attachments.upload.fileIsTooBig", maxSize))));
        i18n.setFile(new UploadI18N.File()
                .setRetry(on.getTranslation("attachments.upload.retry"))
                .setStart(on.getTranslation("attachments.upload.start"))
                .setRemove(on.getTranslation("attachments.upload.remove")));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB"), 1024);
        return i18n;
    }
}
