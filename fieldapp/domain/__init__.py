"""The domain: reference data, the case model, validation, workflow and scoring. No I/O to stores."""
