from django.apps import AppConfig


class PdfsConfig(AppConfig):
    name = "portal.pdfs"
    label = "pdfs"
    verbose_name = "PDF documents"
