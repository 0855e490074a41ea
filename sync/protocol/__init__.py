"""The sync wire protocol shared by devices and HQ: messages, encoding, signatures, bundles.

Nothing here touches a database or the network; both ends import it.
"""
