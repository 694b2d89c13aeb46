"""The four kinds of content page, in one place for code that treats them alike."""

from portal.methodologies.models import Methodology
from portal.practices.models import PracticeReview
from portal.projects.models import RegionalProject
from portal.research.models import ResearchPaper

PUBLICATION_MODELS = (ResearchPaper, PracticeReview, Methodology, RegionalProject)
