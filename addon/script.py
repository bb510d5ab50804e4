"""Entry point for `mitmdump -s addon/script.py --set postwarden_config=school.yaml`."""
from addon.warden import Postwarden

addons = [Postwarden()]
