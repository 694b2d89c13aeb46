"""The thesaurus evaluation set: records written for it and queries by category (see ``records``, ``queries``)."""
